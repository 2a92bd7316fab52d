package cn.gov.yongjia.shixiao.benchmark.portal;

import java.nio.file.Path;

/**
 * What one portal benchmark run does.
 *
 * @param rounds       how many times every page of the mix is viewed and measured
 * @param warmUpRounds how many times the whole mix is viewed first, unmeasured (first views compile and fill caches)
 * @param reportDir    where benchmarks-portal.md is written
 */
record PortalBenchmarkSettings(int rounds, int warmUpRounds, Path reportDir) {

    PortalBenchmarkSettings {
        if (rounds < 1 || warmUpRounds < 0) {
            throw new IllegalArgumentException("Give at least one measured round and no negative warm-up");
        }
    }

    /**
     * From system properties: {@code bench.portal.rounds} (20), {@code bench.portal.warm-up} (3),
     * {@code bench.report-dir} (docs). The register's size is the demo data's, {@code YONGJIA_DEMO_DATA_BUSINESSES}
     * (2,000 unless set), as for {@code ./yongjia start}.
     */
    static PortalBenchmarkSettings fromSystemProperties() {
        return new PortalBenchmarkSettings(Integer.getInteger("bench.portal.rounds", 20),
                Integer.getInteger("bench.portal.warm-up", 3),
                Path.of(System.getProperty("bench.report-dir", "docs")));
    }
}
