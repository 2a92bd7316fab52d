package cn.gov.yongjia.shixiao.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.Map;

import cn.gov.yongjia.shixiao.embedded.ElasticsearchServer;
import cn.gov.yongjia.shixiao.embedded.PostgresServer;
import cn.gov.yongjia.shixiao.graphqlapi.GraphqlApiApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The platform under test, as production runs it but in one JVM: embedded PostgreSQL and Elasticsearch (the same
 * binaries the launcher runs), and the GraphQL API application on a free port with its normal configuration.
 */
final class BenchmarkPlatform implements AutoCloseable {

    static final String DATABASE = "benchmark";

    private final PostgresServer postgres;
    private final ElasticsearchServer elasticsearch;
    private final ConfigurableApplicationContext api;
    private final String jdbcUrl;
    private final Path elasticsearchDir;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private BenchmarkPlatform(PostgresServer postgres, ElasticsearchServer elasticsearch,
                              ConfigurableApplicationContext api, String jdbcUrl, Path elasticsearchDir) {
        this.postgres = postgres;
        this.elasticsearch = elasticsearch;
        this.api = api;
        this.jdbcUrl = jdbcUrl;
        this.elasticsearchDir = elasticsearchDir;
    }

    static BenchmarkPlatform start(Path workDir, String elasticsearchHeap) {
        PostgresServer postgres = PostgresServer.start(workDir.resolve("postgres"), 0);
        ElasticsearchServer elasticsearch = null;
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
            ConfigurableApplicationContext api = new SpringApplicationBuilder(GraphqlApiApplication.class)
                    .run(properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                            .toArray(String[]::new));
            return new BenchmarkPlatform(postgres, elasticsearch, api, jdbcUrl, elasticsearchDir);
        } catch (RuntimeException e) {
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

    String graphqlUrl() {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) api).getWebServer().getPort() + "/graphql";
    }

    Connection newConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, postgres.username(), null);
    }

    String elasticsearchUri() {
        return elasticsearch.uri();
    }

    /** Stops the API, Elasticsearch and PostgreSQL (once; also from a shutdown hook on Ctrl-C). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
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
