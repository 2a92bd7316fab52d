package cn.gov.yongjia.shixiao.benchmark;

import java.util.Arrays;

/**
 * What one measurement saw: latency percentiles (milliseconds, nearest-rank), throughput over the measured time,
 * and how many requests failed (a failed request is not in the percentiles).
 */
record Latencies(long requests, long errors, double p50, double p95, double p99, double max, double mean,
                 double throughputPerSecond) {

    static Latencies of(long[] nanos, long errors, double seconds) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = sorted.length == 0 ? 0 : Arrays.stream(sorted).average().orElse(0) / 1e6;
        return new Latencies(sorted.length, errors, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, mean,
                seconds <= 0 ? 0 : sorted.length / seconds);
    }

    static double percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)] / 1e6;
    }
}
