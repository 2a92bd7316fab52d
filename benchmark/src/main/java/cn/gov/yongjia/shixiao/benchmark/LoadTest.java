package cn.gov.yongjia.shixiao.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Closed-loop load: {@code clients} threads, each with its own target (connection), send the mix round-robin
 * (client k starts at query k) back to back, first for the warm-up (not recorded), then for the measured time.
 * Every request's latency is recorded; percentiles are over all of them.
 */
final class LoadTest {

    private LoadTest() {
    }

    static Latencies run(Supplier<SearchTarget> targets, List<BenchmarkQuery> mix, int clients, Duration warmUp,
                         Duration measure) throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measure.toNanos();
        List<long[]> perClient = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong firstError = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            long[][] recorded = {new long[1024]};
            int[] count = {0};
            Thread thread = Thread.ofPlatform().name("bench-client-" + c).unstarted(() -> {
                try (SearchTarget target = targets.get()) {
                    int next = client;
                    while (true) {
                        long before = System.nanoTime();
                        if (before >= end) {
                            break;
                        }
                        BenchmarkQuery query = mix.get(next++ % mix.size());
                        boolean failed = false;
                        try {
                            target.search(query);
                        } catch (Exception e) {
                            failed = true;
                            if (firstError.compareAndSet(0, 1)) {
                                System.err.println("benchmark: a search failed (" + query.label() + "): " + e);
                            }
                        }
                        long after = System.nanoTime();
                        if (before >= measureFrom) {
                            if (failed) {
                                errors.incrementAndGet();
                            } else {
                                if (count[0] == recorded[0].length) {
                                    recorded[0] = java.util.Arrays.copyOf(recorded[0], count[0] * 2);
                                }
                                recorded[0][count[0]++] = after - before;
                            }
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    synchronized (perClient) {
                        perClient.add(java.util.Arrays.copyOf(recorded[0], count[0]));
                    }
                }
            });
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        long[] all = perClient.stream().flatMapToLong(java.util.Arrays::stream).toArray();
        return Latencies.of(all, errors.get(), measure.toNanos() / 1e9);
    }
}
