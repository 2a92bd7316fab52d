package cn.gov.yongjia.shixiao.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.yongjia.shixiao.embedded.ElasticsearchServer;
import cn.gov.yongjia.shixiao.embedded.FreePort;
import cn.gov.yongjia.shixiao.embedded.PostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole platform on one machine: PostgreSQL and Elasticsearch (embedded unless external addresses are given),
 * then the GraphQL API, then the portal. Closing it stops them in reverse order and leaves no process behind.
 */
public final class Platform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Platform.class);
    /**
     * The API is ready once its migrations ran and, on the first start, the demo register is loaded (2,000 businesses
     * through the services: about a minute on a quiet 2-core machine, over three on a busy one).
     */
    private static final Duration APP_START_TIMEOUT = Duration.ofMinutes(10);
    static final String DATABASE = "shixiao";

    private final LauncherSettings settings;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final List<ApplicationProcess> applications = new ArrayList<>();
    private FileChannel lockChannel;
    private FileLock lock;
    private Path elasticsearchDir;
    private URI graphqlUrl;
    private URI portalUrl;
    private volatile boolean closing;

    private Platform(LauncherSettings settings) {
        this.settings = settings;
    }

    public static Platform start(LauncherSettings settings) {
        Platform platform = new Platform(settings);
        try {
            platform.startAll();
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private void startAll() {
        Path dataDir = settings.dataDir();
        Path runDir = dataDir.resolve("run");
        Path logDir = dataDir.resolve("logs");
        try {
            Files.createDirectories(runDir);
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dataDir, e);
        }
        lockDataDir(dataDir);

        Map<String, String> apiEnvironment = new LinkedHashMap<>();
        if (settings.datasourceUrl().isPresent()) {
            apiEnvironment.put("SPRING_DATASOURCE_URL", settings.datasourceUrl().get());
            settings.datasourceUsername().ifPresent(v -> apiEnvironment.put("SPRING_DATASOURCE_USERNAME", v));
            settings.datasourcePassword().ifPresent(v -> apiEnvironment.put("SPRING_DATASOURCE_PASSWORD", v));
            log.info("Using the external PostgreSQL at {}", settings.datasourceUrl().get());
        } else {
            PostgresServer postgres = PostgresServer.start(dataDir.resolve("postgres"), 0);
            started.push(postgres);
            apiEnvironment.put("SPRING_DATASOURCE_URL", postgres.createDatabaseIfMissing(DATABASE));
            apiEnvironment.put("SPRING_DATASOURCE_USERNAME", postgres.username());
        }
        if (settings.elasticsearchUris().isPresent()) {
            apiEnvironment.put("SPRING_ELASTICSEARCH_URIS", settings.elasticsearchUris().get());
            log.info("Using the external Elasticsearch at {}", settings.elasticsearchUris().get());
        } else {
            elasticsearchDir = elasticsearchDir(dataDir);
            ElasticsearchServer elasticsearch = ElasticsearchServer.start(elasticsearchDir, 0, settings.elasticsearchHeap());
            started.push(elasticsearch);
            apiEnvironment.put("SPRING_ELASTICSEARCH_URIS", elasticsearch.uri());
        }

        int apiPort = FreePort.preferring(settings.apiPort());
        int portalPort = FreePort.preferring(settings.portalPort());
        while (portalPort == apiPort) {
            portalPort = FreePort.any();
        }
        // both ports are known before the API starts: its releases' permanent links, feed and attachment links must
        // point at the portal and API actually running, whichever ports they got
        ApplicationProcess api = ApplicationProcess.start("graphql-api", settings.appsDir().resolve("graphql-api.jar"),
                apiPort, settings.apiHeap(), settings.apiJavaOptions(), apiEnvironment,
                List.of("--yongjia.demo-data.enabled=" + settings.demoData(),
                        "--yongjia.releases.portal-url=http://localhost:" + portalPort,
                        "--yongjia.releases.api-url=http://localhost:" + apiPort), runDir, logDir);
        register(api);
        graphqlUrl = URI.create("http://localhost:" + apiPort + "/graphql");

        ApplicationProcess portal = ApplicationProcess.start("portal", settings.appsDir().resolve("portal.jar"),
                portalPort, LauncherSettings.DEFAULT_HEAP, List.of(), Map.of(),
                List.of("--yongjia.portal.api-url=http://127.0.0.1:" + apiPort + "/graphql"), runDir, logDir);
        register(portal);
        portalUrl = URI.create("http://localhost:" + portalPort + "/");

        api.awaitStarted(APP_START_TIMEOUT);
        portal.awaitStarted(APP_START_TIMEOUT);
    }

    private void register(ApplicationProcess application) {
        applications.add(application);
        started.push(application);
    }

    /**
     * Elasticsearch keeps its files in the data folder unless it runs as another user (we are root) who cannot
     * reach it; then in a folder of its own under /var/tmp, named after the data folder, which survives restarts.
     */
    private static Path elasticsearchDir(Path dataDir) {
        Path preferred = dataDir.resolve("elasticsearch");
        if (ElasticsearchServer.canUse(preferred)) {
            return preferred;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(dataDir.toString().getBytes(StandardCharsets.UTF_8));
            Path fallback = Path.of("/var/tmp", "yongjia-shixiao-es-" + HexFormat.of().formatHex(digest, 0, 6));
            log.info("Elasticsearch runs as an unprivileged user who cannot reach {}; its files go to {}", dataDir, fallback);
            return fallback;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void lockDataDir(Path dataDir) {
        try {
            lockChannel = FileChannel.open(dataDir.resolve("platform.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lock == null) {
            throw new IllegalStateException("Another platform already runs on the data folder " + dataDir
                    + ". Stop it first, or choose another folder with YONGJIA_DATA_DIR.");
        }
    }

    public URI graphqlUrl() {
        return graphqlUrl;
    }

    public URI portalUrl() {
        return portalUrl;
    }

    public Path dataDir() {
        return settings.dataDir();
    }

    /** Every process the platform runs now (services and applications, with their children). */
    public List<ProcessHandle> processes() {
        List<ProcessHandle> all = new ArrayList<>();
        ProcessHandle.current().descendants().forEach(all::add);
        return all;
    }

    /**
     * Blocks until one of the applications exits by itself and returns what it said last; returns null instead when
     * the platform is being stopped.
     */
    public String awaitUnexpectedExit() throws InterruptedException {
        while (!closing) {
            for (ApplicationProcess application : applications) {
                if (!application.process().isAlive() && !closing) {
                    return application.name() + " (exit code " + application.process().exitValue() + "):\n" + application.tail();
                }
            }
            Thread.sleep(1000);
        }
        return null;
    }

    public void printBanner(PrintStream out) {
        String rule = "=".repeat(78);
        out.println(rule);
        out.println(" 永嘉县“十小”行业质量安全数据平台 — Yongjia ten-small-trades platform is running");
        out.println("   Portal:             " + portalUrl);
        out.println("   GraphQL endpoint:   " + graphqlUrl);
        out.println("   GraphQL schema:     " + graphqlUrl + "/schema");
        out.println("   Data folder:        " + settings.dataDir());
        if (elasticsearchDir != null && !elasticsearchDir.startsWith(settings.dataDir())) {
            out.println("   Elasticsearch data: " + elasticsearchDir);
        }
        out.println("   Logs:               " + settings.dataDir().resolve("logs"));
        if (settings.demoData()) {
            out.println("   Demo data (演示数据, made up) is loaded into an empty register.");
        }
        out.println(" Press Ctrl-C to stop.");
        out.println(rule);
        out.println("Platform ready");
        out.flush();
    }

    @Override
    public synchronized void close() {
        closing = true;
        while (!started.isEmpty()) {
            AutoCloseable next = started.pop();
            try {
                next.close();
            } catch (Exception e) {
                log.warn("While stopping {}: {}", next.getClass().getSimpleName(), e.getMessage());
            }
        }
        try {
            if (lock != null) {
                lock.release();
                lock = null;
            }
            if (lockChannel != null) {
                lockChannel.close();
                lockChannel = null;
            }
        } catch (IOException e) {
            log.warn("Cannot release the data folder lock: {}", e.getMessage());
        }
    }
}
