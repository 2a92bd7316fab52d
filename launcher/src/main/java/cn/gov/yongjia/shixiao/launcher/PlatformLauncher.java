package cn.gov.yongjia.shixiao.launcher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * README's first command ends here: starts the whole platform on embedded defaults, prints where it is, and on
 * Ctrl-C or SIGTERM stops everything it started.
 */
public final class PlatformLauncher {

    private static final Logger log = LoggerFactory.getLogger(PlatformLauncher.class);

    private PlatformLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        LauncherSettings settings;
        Platform platform;
        try {
            settings = LauncherSettings.fromEnvironment();
            log.info("Starting the platform (data in {})", settings.dataDir());
            platform = Platform.start(settings);
        } catch (RuntimeException e) {
            log.error("The platform could not start: {}", e.getMessage());
            System.exit(1);
            return;
        }
        Platform running = platform;
        var stopped = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable stop = () -> {
            if (stopped.getAndSet(true)) {
                return;
            }
            log.info("Stopping the platform");
            running.close();
            log.info("Stopped; no process of the platform is left running");
        };
        // Ctrl-C and SIGTERM stop the parts in order (portal, API, Elasticsearch, PostgreSQL) before the JVM's
        // shutdown hooks run: the embedded PostgreSQL registers a hook of its own that would otherwise stop the
        // database under the still-running API. The hook below remains for any other way of exiting.
        for (String signal : new String[] {"INT", "TERM"}) {
            sun.misc.Signal.handle(new sun.misc.Signal(signal), s -> Thread.ofPlatform().name("platform-stop").start(() -> {
                stop.run();
                System.exit(0);
            }));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "platform-shutdown"));
        platform.printBanner(System.out);

        String exited = platform.awaitUnexpectedExit();
        if (exited == null) {
            return; // stopping: the shutdown hook does the rest
        }
        log.error("Stopping because {} exited unexpectedly", exited);
        System.exit(2);
    }
}
