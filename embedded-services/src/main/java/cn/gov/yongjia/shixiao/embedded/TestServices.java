package cn.gov.yongjia.shixiao.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real PostgreSQL and Elasticsearch that integration tests run against: started once per test JVM on first
 * use, shared by all its tests, stopped and deleted when the JVM exits. Each test context takes its own database
 * ({@link #newDatabase()}) and its own index prefix ({@link #newIndexPrefix()}), so tests stay isolated.
 */
public final class TestServices {

    private static TestServices shared;

    private final Path workDir;
    private final PostgresServer postgres;
    private final ElasticsearchServer elasticsearch;
    private final AtomicInteger sequence = new AtomicInteger();
    private final Deque<AutoCloseable> users = new ConcurrentLinkedDeque<>();

    private TestServices(Path workDir) {
        this.workDir = workDir;
        this.postgres = PostgresServer.start(workDir.resolve("postgres"), 0);
        this.elasticsearch = ElasticsearchServer.start(workDir.resolve("elasticsearch"), 0, "512m");
    }

    public static synchronized TestServices shared() {
        if (shared == null) {
            Path workDir;
            try {
                Path base = Path.of(System.getProperty("java.io.tmpdir"));
                workDir = Files.createTempDirectory(base, "yongjia-test-services-");
                workDir.toFile().setExecutable(true, false);
                workDir.toFile().setReadable(true, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            TestServices services = new TestServices(workDir);
            Runtime.getRuntime().addShutdownHook(new Thread(services::shutdown, "test-services-shutdown"));
            shared = services;
        }
        return shared;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public ElasticsearchServer elasticsearch() {
        return elasticsearch;
    }

    /** A new, empty database of its own; returns its JDBC URL. */
    public String newDatabase() {
        return postgres.createDatabaseIfMissing("test_" + sequence.incrementAndGet());
    }

    /**
     * Has {@code user} closed, newest first, before the services stop when the JVM exits. The JVM runs its shutdown
     * hooks all at once, so a test's Spring context, closed by Spring's own hook, could otherwise find PostgreSQL
     * already gone: Spring Modulith reads the outbox while it closes, and each context then waited for the
     * connection pool's time-out, long enough for Surefire to kill the test JVM. Closing one twice is harmless.
     */
    public void closeBeforeStopping(AutoCloseable user) {
        users.push(user);
    }

    /** A prefix no other test context uses, for index and alias names. */
    public String newIndexPrefix() {
        return "t" + sequence.incrementAndGet() + "-";
    }

    private void shutdown() {
        for (AutoCloseable user : users) {
            try {
                user.close();
            } catch (Exception e) {
                System.err.println("Could not close " + user + " before stopping the test services: " + e);
            }
        }
        try {
            elasticsearch.close();
        } finally {
            postgres.close();
            try {
                ElasticsearchDistribution.deleteRecursively(workDir);
            } catch (IOException e) {
                // left for the operating system's temporary-file clean-up
            }
        }
    }
}
