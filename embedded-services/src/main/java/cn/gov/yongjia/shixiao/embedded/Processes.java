package cn.gov.yongjia.shixiao.embedded;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Ends a process and every process it started: politely first, forcibly after a grace period. */
public final class Processes {

    private Processes() {
    }

    public static void end(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = Stream.concat(Stream.of(root), root.descendants()).toList();
        root.destroy();
        awaitExit(tree, grace);
        tree.stream().filter(ProcessHandle::isAlive).forEach(p -> p.descendants().forEach(ProcessHandle::destroy));
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
        awaitExit(tree, Duration.ofSeconds(5));
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        awaitExit(tree, Duration.ofSeconds(5));
    }

    static void awaitExit(List<ProcessHandle> processes, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProcessHandle process : processes) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                process.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                // timed out or failed: the caller escalates
            }
        }
    }
}
