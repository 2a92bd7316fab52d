package cn.gov.yongjia.shixiao.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The Elasticsearch distribution (the minimal integ-test zip from Maven Central, at the version of the client Spring
 * Boot manages). Maven downloads it into the local repository during the build; it is unpacked once per work folder.
 */
public record ElasticsearchDistribution(String version, Path zip) {

    public static ElasticsearchDistribution fromBuild() {
        Properties properties = new Properties();
        try (InputStream in = ElasticsearchDistribution.class.getResourceAsStream("/embedded-services.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("embedded-services.properties is missing from the class path", e);
        }
        String version = properties.getProperty("elasticsearch.version");
        Path zip = Path.of(System.getProperty("yongjia.elasticsearch.zip", properties.getProperty("elasticsearch.zip")));
        if (!Files.isRegularFile(zip)) {
            Path userRepository = Path.of(System.getProperty("user.home"), ".m2", "repository",
                    "org/elasticsearch/distribution/integ-test-zip/elasticsearch", version,
                    "elasticsearch-" + version + ".zip");
            zip = userRepository;
        }
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("The Elasticsearch " + version + " distribution is not in the local Maven "
                    + "repository (" + zip + "). Build the project with ./mvnw install first: Maven fetches it.");
        }
        return new ElasticsearchDistribution(version, zip);
    }

    /** Unpacks the distribution below the folder, once; returns its home folder. */
    public Path unpackInto(Path folder) {
        Path home = folder.resolve("elasticsearch-" + version);
        Path marker = home.resolve(".unpacked");
        if (Files.exists(marker)) {
            return home;
        }
        try {
            Files.createDirectories(folder);
            Path staging = Files.createTempDirectory(folder, "unpacking-");
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    Path target = staging.resolve(entry.getName()).normalize();
                    if (!target.startsWith(staging)) {
                        throw new IOException("Refusing zip entry outside the target: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Path unpacked = staging.resolve("elasticsearch-" + version);
            try (Stream<Path> scripts = Files.list(unpacked.resolve("bin"))) {
                scripts.forEach(script -> script.toFile().setExecutable(true, false));
            }
            deleteRecursively(home);
            Files.move(unpacked, home);
            deleteRecursively(staging);
            Files.createFile(marker);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack " + zip + " into " + folder, e);
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
