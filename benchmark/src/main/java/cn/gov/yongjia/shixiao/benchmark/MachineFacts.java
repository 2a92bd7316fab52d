package cn.gov.yongjia.shixiao.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringBootVersion;

/** The machine and the versions, recorded with the figures (here and by the portal benchmark). */
public final class MachineFacts {

    private MachineFacts() {
    }

    static Map<String, String> collect(BenchmarkPlatform platform) {
        Map<String, String> facts = common();
        facts.put("PostgreSQL", postgresVersion(platform));
        return facts;
    }

    /** CPU, cores, RAM, OS, JDK, Spring Boot and Elasticsearch. */
    public static Map<String, String> common() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("CPU", firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch")));
        facts.put("Cores (available to the JVM)", Integer.toString(Runtime.getRuntime().availableProcessors()));
        facts.put("RAM", firstValue(Path.of("/proc/meminfo"), "MemTotal")
                .map(kb -> String.format("%.1f GB", Long.parseLong(kb.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                .orElse("?"));
        facts.put("OS", firstValue(Path.of("/etc/os-release"), "PRETTY_NAME").map(v -> v.replace("\"", ""))
                .orElse(System.getProperty("os.name")) + ", kernel " + System.getProperty("os.version"));
        facts.put("JDK", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
        facts.put("Spring Boot", SpringBootVersion.getVersion());
        facts.put("Elasticsearch", cn.gov.yongjia.shixiao.embedded.ElasticsearchDistribution.fromBuild().version()
                + " (integ-test distribution, single node); the Java client is of the same version (the build keeps "
                + "them equal)");
        return facts;
    }

    /** The 1-, 5- and 15-minute load averages: other work on the machine shows here. */
    public static String loadAverage() {
        try {
            List<String> parts = List.of(Files.readString(Path.of("/proc/loadavg")).split(" "));
            return String.join(" / ", parts.subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String postgresVersion(BenchmarkPlatform platform) {
        try (Connection connection = platform.newConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("show server_version")) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            return "?";
        }
    }

    private static java.util.Optional<String> firstValue(Path file, String key) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(line.contains(":") ? ':' : '=') + 1).strip())
                    .findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
