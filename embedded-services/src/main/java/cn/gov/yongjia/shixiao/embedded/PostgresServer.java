package cn.gov.yongjia.shixiao.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server from the embedded binaries on Maven Central, with its data in a folder that survives restarts.
 * fsync and synchronous commit stay on: this folder holds the register on a local run.
 */
public final class PostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /** Starts PostgreSQL on the folder, creating the cluster on first use; {@code port} 0 picks a free port. */
    public static PostgresServer start(Path dataDir, int port) {
        Path folder = dataDir.toAbsolutePath();
        endLeftoverPostmaster(folder);
        try {
            Files.createDirectories(folder);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(folder)
                    .setCleanDataDirectory(false)
                    .setPort(port > 0 ? port : FreePort.any())
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            log.info("PostgreSQL is up on port {} (data in {})", postgres.getPort(), folder);
            return new PostgresServer(postgres, folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start PostgreSQL in " + folder, e);
        }
    }

    /** A postmaster left running by a crashed run would hold the folder: end it first. */
    private static void endLeftoverPostmaster(Path folder) {
        Path pidFile = folder.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
            ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(postmaster -> {
                log.warn("Ending PostgreSQL process {} left behind by an earlier run", pid);
                Processes.end(postmaster, Duration.ofSeconds(30));
            });
        } catch (IOException | RuntimeException e) {
            log.warn("Ignoring unreadable {}: {}", pidFile, e.getMessage());
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public String username() {
        return "postgres";
    }

    /** Creates the database unless it exists; returns its JDBC URL. */
    public String createDatabaseIfMissing(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("create database " + database + " encoding 'UTF8' template template0");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database, e);
        }
        return jdbcUrl(database);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
