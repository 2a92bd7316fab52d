package cn.gov.yongjia.shixiao.graphqlapi;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import org.springframework.core.env.Environment;

/**
 * Runs one of the API's commands ({@code --yongjia.search.rebuild=true}, {@code --yongjia.demo-data.bulk-businesses})
 * as an operator runs it: the API's main class in a JVM of its own, without a web server, on the database and index
 * of the calling test's context. The commands end the JVM, so this is the only way to test them whole.
 */
public final class ApiCommand {

    /** How the command ended and what it printed. */
    public record Outcome(int exitCode, String output) {
    }

    private ApiCommand() {
    }

    public static Outcome run(Environment environment, String... arguments) throws IOException, InterruptedException {
        Path output = Files.createTempFile("api-command-", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-cp", applicationClassPath(),
                GraphqlApiApplication.class.getName(),
                "--spring.main.web-application-type=none",
                "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getRequiredProperty("spring.datasource.username"),
                "--spring.elasticsearch.uris=" + environment.getRequiredProperty("spring.elasticsearch.uris"),
                "--yongjia.search.index-prefix=" + environment.getRequiredProperty("yongjia.search.index-prefix")));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            if (!process.waitFor(4, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("The command did not end:\n" + Files.readString(output));
            }
            return new Outcome(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /**
     * The application's class path as this test JVM has it, less the test classes (they would be scanned as
     * components). Surefire may hand the class path over in the manifest of a booter jar.
     */
    private static String applicationClassPath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("surefirebooter") && entry.endsWith(".jar")) {
                try (JarFile jar = new JarFile(entry)) {
                    String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
                    Arrays.stream(classPath.split(" ")).filter(s -> !s.isBlank())
                            .map(url -> Path.of(URI.create(url)).toString()).forEach(entries::add);
                }
            } else {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries.stream()
                .filter(entry -> !Path.of(entry).endsWith("test-classes")).toList());
    }
}
