package cn.gov.yongjia.shixiao.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An Elasticsearch node that the platform runs itself, with its data in a work folder that survives restarts.
 * Single node, security off, bound to loopback: for local runs and tests only.
 */
public final class ElasticsearchServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchServer.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);

    private final Path workDir;
    private final int httpPort;
    private final PidFile pidFile;
    private Process process;

    private ElasticsearchServer(Path workDir, int httpPort) {
        this.workDir = workDir;
        this.httpPort = httpPort;
        this.pidFile = new PidFile(workDir.resolve("elasticsearch.pid"));
    }

    /**
     * Starts a node whose files live below {@code workDir}; {@code httpPort} 0 picks a free port.
     *
     * @param heap the JVM heap, e.g. {@code 512m}
     */
    public static ElasticsearchServer start(Path workDir, int httpPort, String heap) {
        ElasticsearchServer server = new ElasticsearchServer(workDir.toAbsolutePath(), httpPort > 0 ? httpPort : FreePort.any());
        server.startProcess(heap);
        return server;
    }

    /**
     * Whether Elasticsearch can keep its files below the folder. When we are root, Elasticsearch runs as an
     * unprivileged user, who must be able to reach the folder.
     */
    public static boolean canUse(Path workDir) {
        return ServiceUser.canReach(workDir.toAbsolutePath());
    }

    public String uri() {
        return "http://127.0.0.1:" + httpPort;
    }

    public int httpPort() {
        return httpPort;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts the node again after {@link #stop()}, on the same port and data. */
    public synchronized void restart(String heap) {
        if (isRunning()) {
            return;
        }
        startProcess(heap);
    }

    private synchronized void startProcess(String heap) {
        pidFile.endLeftoverProcess(Duration.ofSeconds(30));
        ElasticsearchDistribution distribution = ElasticsearchDistribution.fromBuild();
        Path home = distribution.unpackInto(workDir);
        Path data = workDir.resolve("es-data");
        Path logs = workDir.resolve("es-logs");
        Path tmp = workDir.resolve("es-tmp");
        try {
            Files.createDirectories(data);
            Files.createDirectories(logs);
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServiceUser.handOver(home, data, logs, tmp);

        List<String> command = new ArrayList<>(ServiceUser.commandPrefix());
        command.add(home.resolve("bin/elasticsearch").toString());
        List.of(
                "cluster.name=yongjia-shixiao",
                "node.name=embedded",
                "discovery.type=single-node",
                "network.host=127.0.0.1",
                "http.port=" + httpPort,
                "transport.port=" + FreePort.any(),
                "path.data=" + data,
                "path.logs=" + logs,
                "xpack.security.enabled=false",
                "cluster.routing.allocation.disk.threshold_enabled=false",
                "action.destructive_requires_name=false"
        ).forEach(setting -> {
            command.add("-E");
            command.add(setting);
        });
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("elasticsearch-console.log").toFile()));
        builder.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
        builder.environment().put("ES_TMPDIR", tmp.toString());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        log.info("Starting Elasticsearch {} on {} (data in {})", distribution.version(), uri(), data);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Elasticsearch from " + home, e);
        }
        pidFile.write(process.toHandle());
        awaitHealthy();
    }

    private void awaitHealthy() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(uri() + "/_cluster/health?wait_for_status=yellow&timeout=2s"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Elasticsearch exited with code " + process.exitValue()
                        + " while starting; see " + workDir.resolve("elasticsearch-console.log") + ":\n" + consoleTail());
            }
            try {
                HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    log.info("Elasticsearch is up on {}", uri());
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
            }
            pause();
        }
        stop();
        throw new IllegalStateException("Elasticsearch did not become healthy within " + STARTUP_TIMEOUT + ":\n" + consoleTail());
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String consoleTail() {
        try {
            List<String> lines = Files.readAllLines(workDir.resolve("elasticsearch-console.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no console log)";
        }
    }

    /** Stops the node and waits until its processes have exited. */
    public synchronized void stop() {
        if (process != null) {
            log.info("Stopping Elasticsearch on {}", uri());
            Processes.end(process.toHandle(), Duration.ofSeconds(60));
            process = null;
        }
        pidFile.delete();
    }

    @Override
    public void close() {
        stop();
    }
}
