package cn.gov.yongjia.shixiao.launcher;

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
import java.util.Map;
import java.util.Optional;

import cn.gov.yongjia.shixiao.embedded.PidFile;
import cn.gov.yongjia.shixiao.embedded.Processes;

/**
 * One of the platform's Spring Boot applications, run as a child process from its runnable jar (public for the
 * search benchmark, which serves the API it measures the way the launcher does).
 */
public final class ApplicationProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final Process process;
    private final PidFile pidFile;
    private final Path log;

    private ApplicationProcess(String name, int port, Process process, PidFile pidFile, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.pidFile = pidFile;
        this.log = log;
    }

    public static ApplicationProcess start(String name, Path jar, int port, String heap, List<String> javaOptions,
                                           Map<String, String> environment, List<String> arguments, Path runDir,
                                           Path logDir) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first with ./mvnw install -DskipTests");
        }
        PidFile pidFile = new PidFile(runDir.resolve(name + ".pid"));
        pidFile.endLeftoverProcess(Duration.ofSeconds(30));
        Path log = logDir.resolve(name + ".log");
        List<String> command = command(javaExecutable(), jar, port, heap, javaOptions, arguments);
        try {
            Files.createDirectories(logDir);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            pidFile.write(process.toHandle());
            return new ApplicationProcess(name, port, process, pidFile, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /** The command line: the heap and the other JVM options before the jar, the application's arguments after it. */
    static List<String> command(String java, Path jar, int port, String heap, List<String> javaOptions,
                                List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap));
        command.addAll(javaOptions);
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-jar", jar.toString(), "--server.port=" + port));
        command.addAll(arguments);
        return command;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Waits until the application is ready for traffic (its start-up work, such as loading demo data, is done). */
    public void awaitStarted(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + " while starting; "
                        + "see " + log + ":\n" + tail());
            }
            try {
                int status = client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
        }
        throw new IllegalStateException(name + " did not start within " + timeout + "; see " + log + ":\n" + tail());
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log)";
        }
    }

    String name() {
        return name;
    }

    public int port() {
        return port;
    }

    Process process() {
        return process;
    }

    /** The CPU time the process has used so far (all its threads), where the operating system tells it. */
    public Optional<Duration> cpuTime() {
        return process.toHandle().info().totalCpuDuration();
    }

    @Override
    public void close() {
        Processes.end(process.toHandle(), Duration.ofSeconds(30));
        pidFile.delete();
    }
}
