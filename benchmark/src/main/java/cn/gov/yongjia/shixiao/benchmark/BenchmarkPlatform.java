package cn.gov.yongjia.shixiao.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.yongjia.shixiao.embedded.ElasticsearchServer;
import cn.gov.yongjia.shixiao.embedded.FreePort;
import cn.gov.yongjia.shixiao.embedded.PostgresServer;
import cn.gov.yongjia.shixiao.graphqlapi.GraphqlApiApplication;
import cn.gov.yongjia.shixiao.launcher.ApplicationProcess;
import cn.gov.yongjia.shixiao.launcher.LauncherSettings;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The platform under test: embedded PostgreSQL and Elasticsearch (the same binaries the launcher runs), the GraphQL API
 * application in the harness's JVM (the harness uses its beans: the demo generator, the rebuild, the request bodies
 * of the direct Elasticsearch target), and the same application served as its own process from its runnable jar, as
 * the launcher runs it, which every measurement over HTTP goes to. Served inside the harness, the API would share
 * the harness's heap, garbage collector and JIT compiler with the load generator and the direct target's client.
 */
final class BenchmarkPlatform implements AutoCloseable {

    static final String DATABASE = "benchmark";

    private final PostgresServer postgres;
    private final ElasticsearchServer elasticsearch;
    private final ConfigurableApplicationContext api;
    private final ApplicationProcess served;
    private final String jdbcUrl;
    private final Path elasticsearchDir;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private BenchmarkPlatform(PostgresServer postgres, ElasticsearchServer elasticsearch,
                              ConfigurableApplicationContext api, ApplicationProcess served, String jdbcUrl,
                              Path elasticsearchDir) {
        this.postgres = postgres;
        this.elasticsearch = elasticsearch;
        this.api = api;
        this.served = served;
        this.jdbcUrl = jdbcUrl;
        this.elasticsearchDir = elasticsearchDir;
    }

    static BenchmarkPlatform start(Path workDir, String elasticsearchHeap, String apiHeap) {
        PostgresServer postgres = PostgresServer.start(workDir.resolve("postgres"), 0);
        ElasticsearchServer elasticsearch = null;
        ConfigurableApplicationContext api = null;
        Path elasticsearchDir = elasticsearchDir(workDir);
        try {
            String jdbcUrl = createDatabase(postgres);
            elasticsearch = ElasticsearchServer.start(elasticsearchDir, 0, elasticsearchHeap);
            // as command-line arguments: they must win over the application's own application.yml
            Map<String, String> properties = Map.of(
                    "server.port", "0",
                    "spring.datasource.url", jdbcUrl,
                    "spring.datasource.username", postgres.username(),
                    "spring.elasticsearch.uris", elasticsearch.uri(),
                    "spring.elasticsearch.socket-timeout", "120s",
                    "yongjia.demo-data.enabled", "false",
                    "logging.level.root", "WARN",
                    "logging.level.cn.gov.yongjia.shixiao", "WARN",
                    "spring.main.banner-mode", "off");
            api = new SpringApplicationBuilder(GraphqlApiApplication.class)
                    .run(properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                            .toArray(String[]::new));
            ApplicationProcess served = serve(workDir, apiHeap, jdbcUrl, postgres.username(), elasticsearch.uri());
            return new BenchmarkPlatform(postgres, elasticsearch, api, served, jdbcUrl, elasticsearchDir);
        } catch (RuntimeException e) {
            if (api != null) {
                api.close();
            }
            if (elasticsearch != null) {
                elasticsearch.close();
            }
            postgres.close();
            try {
                Folders.deleteRecursively(elasticsearchDir);
            } catch (java.io.IOException ignored) {
                // the start failure is what matters
            }
            throw e;
        }
    }

    /** The API's runnable jar as the launcher runs it, after the in-harness one has prepared the index. */
    private static ApplicationProcess serve(Path workDir, String heap, String jdbcUrl, String username,
                                            String elasticsearchUri) {
        Path jar = Path.of(System.getProperty("yongjia.apps-dir", "launcher/target/apps")).resolve("graphql-api.jar");
        ApplicationProcess served = ApplicationProcess.start("graphql-api", jar, FreePort.any(), heap,
                LauncherSettings.API_JAVA_OPTIONS,
                Map.of("SPRING_DATASOURCE_URL", jdbcUrl, "SPRING_DATASOURCE_USERNAME", username,
                        "SPRING_ELASTICSEARCH_URIS", elasticsearchUri),
                List.of("--yongjia.demo-data.enabled=false", "--logging.level.root=WARN",
                        "--logging.level.cn.gov.yongjia.shixiao=WARN", "--spring.main.banner-mode=off"),
                workDir.resolve("run"), workDir.resolve("logs"));
        try {
            served.awaitStarted(Duration.ofMinutes(3));
            return served;
        } catch (RuntimeException e) {
            served.close();
            throw e;
        }
    }

    /**
     * Below the work folder, unless the unprivileged user Elasticsearch runs as (when we are root) cannot reach it:
     * then in a fresh folder under the temporary directory, opened to that user.
     */
    static Path elasticsearchDir(Path workDir) {
        Path preferred = workDir.resolve("elasticsearch");
        if (ElasticsearchServer.canUse(preferred)) {
            return preferred;
        }
        try {
            Path fallback = java.nio.file.Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")),
                    "yongjia-benchmark-es-");
            fallback.toFile().setExecutable(true, false);
            fallback.toFile().setReadable(true, false);
            return fallback;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A database with the builtin C.UTF-8 locale: pg_trgm makes trigrams only of characters its locale calls letters,
     * and this one calls Han characters letters whatever locale the cluster was created with.
     */
    private static String createDatabase(PostgresServer postgres) {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.username(), null);
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE);
            statement.execute("create database " + DATABASE + " encoding 'UTF8' locale_provider 'builtin' "
                    + "builtin_locale 'C.UTF-8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the benchmark database", e);
        }
        return postgres.jdbcUrl(DATABASE);
    }

    ConfigurableApplicationContext api() {
        return api;
    }

    <T> T bean(Class<T> type) {
        return api.getBean(type);
    }

    /** The CPU time the served API process has used so far (empty where the operating system does not tell). */
    Optional<Duration> apiCpuTime() {
        return served.cpuTime();
    }

    /** The served API's GraphQL endpoint. */
    String graphqlUrl() {
        return "http://127.0.0.1:" + served.port() + "/graphql";
    }

    Connection newConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, postgres.username(), null);
    }

    String elasticsearchUri() {
        return elasticsearch.uri();
    }

    /** Stops both APIs, Elasticsearch and PostgreSQL (once; also from a shutdown hook on Ctrl-C). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            served.close();
            api.close();
        } finally {
            try {
                elasticsearch.close();
            } finally {
                postgres.close();
                try {
                    Folders.deleteRecursively(elasticsearchDir);
                } catch (java.io.IOException e) {
                    System.err.println("benchmark: could not delete " + elasticsearchDir + ": " + e.getMessage());
                }
            }
        }
    }
}
