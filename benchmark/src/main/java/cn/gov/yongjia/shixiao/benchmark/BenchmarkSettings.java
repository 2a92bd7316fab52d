package cn.gov.yongjia.shixiao.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What one benchmark run does.
 *
 * @param sizes             register sizes, measured one after the other (each grows the register to that size)
 * @param clients           concurrent clients per latency measurement
 * @param jitWarmUp         load through the API (then a fifth of it through the direct target) before the first
 *                          measurement of each size, at {@link SearchBenchmark#JIT_WARM_UP_CLIENTS} clients, not
 *                          recorded: the served API is a fresh JVM whose CPU per search settles only after minutes
 * @param warmUp            load before each measurement that is not recorded
 * @param measure           how long each measurement lasts
 * @param freshnessSamples  change-to-searchable samples per size
 * @param reportDir         where benchmarks.md and benchmarks-latency.svg are written
 * @param workDir           where PostgreSQL and Elasticsearch keep their data (deleted afterwards)
 * @param elasticsearchHeap Elasticsearch's heap
 * @param apiHeap           the heap of the GraphQL API process the load goes to (the launcher's default)
 */
record BenchmarkSettings(List<Long> sizes, List<Integer> clients, Duration jitWarmUp, Duration warmUp,
                         Duration measure, int freshnessSamples, Path reportDir, Path workDir, String elasticsearchHeap,
                         String apiHeap) {

    BenchmarkSettings {
        sizes = List.copyOf(sizes);
        clients = List.copyOf(clients);
        if (sizes.isEmpty() || clients.isEmpty()) {
            throw new IllegalArgumentException("Give at least one size and one client count");
        }
    }

    /**
     * From system properties: {@code bench.sizes} (100000,1000000), {@code bench.clients} (1,8,32),
     * {@code bench.jit-warm-up}, {@code bench.warm-up} and {@code bench.measure} in seconds (300, 10, 30),
     * {@code bench.freshness-samples} (50), {@code bench.report-dir} (docs), {@code bench.work-dir}
     * (target/benchmark-data), {@code bench.es-heap} (2g), {@code bench.api-heap} (512m).
     */
    static BenchmarkSettings fromSystemProperties() {
        return new BenchmarkSettings(
                Arrays.stream(System.getProperty("bench.sizes", "100000,1000000").split(","))
                        .map(String::strip).map(Long::parseLong).toList(),
                Arrays.stream(System.getProperty("bench.clients", "1,8,32").split(","))
                        .map(String::strip).map(Integer::parseInt).toList(),
                Duration.ofSeconds(Long.getLong("bench.jit-warm-up", 300)),
                Duration.ofSeconds(Long.getLong("bench.warm-up", 10)),
                Duration.ofSeconds(Long.getLong("bench.measure", 30)),
                Integer.getInteger("bench.freshness-samples", 50),
                Path.of(System.getProperty("bench.report-dir", "docs")),
                Path.of(System.getProperty("bench.work-dir", "target/benchmark-data")),
                System.getProperty("bench.es-heap", "2g"),
                System.getProperty("bench.api-heap", "512m"));
    }
}
