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

    private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
        var stopping = new java.util.concurrent.atomic.AtomicBoolean();
        var stopped = new java.util.concurrent.CountDownLatch(1);
        Runnable stop = () -> {
            if (stopping.getAndSet(true)) {
                awaitQuietly(stopped); // another thread is stopping the platform: wait until it has
                return;
            }
            try {
                log.info("Stopping the platform");
                running.close();
                log.info("Stopped; no process of the platform is left running");
            } finally {
                stopped.countDown();
            }
        };
        // Ctrl-C and SIGTERM stop the parts in order (portal, API, Elasticsearch, PostgreSQL) before the JVM's
        // shutdown hooks run: the embedded PostgreSQL registers a hook of its own that would otherwise stop the
        // database under the still-running API. The stopping thread must not be a daemon (signal handlers run in
        // one, and a daemon would be cut off when the JVM exits). The hook below waits for it, or stops the
        // platform itself on any other way of exiting.
        for (String signal : new String[] {"INT", "TERM"}) {
            sun.misc.Signal.handle(new sun.misc.Signal(signal), s -> Thread.ofPlatform().daemon(false)
                    .name("platform-stop").start(() -> {
                        stop.run();
                        System.exit(0);
                    }));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "platform-shutdown"));
        platform.printBanner(System.out);

        String exited = platform.awaitUnexpectedExit();
        if (exited == null) {
            awaitQuietly(stopped); // a signal is stopping the platform: keep the JVM until it is done
            return;
        }
        log.error("Stopping because {} exited unexpectedly", exited);
        System.exit(2);
    }
}
