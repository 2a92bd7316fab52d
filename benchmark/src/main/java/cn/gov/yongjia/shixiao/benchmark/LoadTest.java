package cn.gov.yongjia.shixiao.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** All requests together, and each query of the mix on its own (in the mix's order). */
    record Measured(Latencies all, Map<String, Latencies> byQuery) {
    }

    /**
     * What measured periods recorded: each successful request's latency in nanoseconds and the index of its query in
     * the mix, failed requests, and the measured seconds; periods of the same target add up.
     */
    record Samples(long[] nanos, long[] queries, long errors, double seconds) {

        Samples plus(Samples other) {
            return new Samples(concat(nanos, other.nanos), concat(queries, other.queries), errors + other.errors,
                    seconds + other.seconds);
        }

        Measured measured(List<BenchmarkQuery> mix) {
            Map<String, Latencies> byQuery = new LinkedHashMap<>();
            for (int q = 0; q < mix.size(); q++) {
                int wanted = q;
                long[] own = java.util.stream.IntStream.range(0, nanos.length).filter(i -> queries[i] == wanted)
                        .mapToLong(i -> nanos[i]).toArray();
                byQuery.put(mix.get(q).label(), Latencies.of(own, 0, seconds));
            }
            return new Measured(Latencies.of(nanos, errors, seconds), byQuery);
        }

        private static long[] concat(long[] a, long[] b) {
            long[] both = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, both, a.length, b.length);
            return both;
        }
    }

    static Samples run(Supplier<SearchTarget> targets, List<BenchmarkQuery> mix, int clients, Duration warmUp,
                       Duration measure) throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measure.toNanos();
        List<long[]> perClient = new ArrayList<>();
        List<long[]> perClientQueries = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong firstError = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            long[][] recorded = {new long[1024]};
            long[][] queries = {new long[1024]};
            int[] count = {0};
            Thread thread = Thread.ofPlatform().name("bench-client-" + c).unstarted(() -> {
                try (SearchTarget target = targets.get()) {
                    int next = client;
                    while (true) {
                        long before = System.nanoTime();
                        if (before >= end) {
                            break;
                        }
                        int queryIndex = next++ % mix.size();
                        BenchmarkQuery query = mix.get(queryIndex);
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
                                    queries[0] = java.util.Arrays.copyOf(queries[0], count[0] * 2);
                                }
                                queries[0][count[0]] = queryIndex;
                                recorded[0][count[0]++] = after - before;
                            }
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    synchronized (perClient) {
                        perClient.add(java.util.Arrays.copyOf(recorded[0], count[0]));
                        perClientQueries.add(java.util.Arrays.copyOf(queries[0], count[0]));
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
        long[] queryOf = perClientQueries.stream().flatMapToLong(java.util.Arrays::stream).toArray();
        return new Samples(all, queryOf, errors.get(), measure.toNanos() / 1e9);
    }
}
