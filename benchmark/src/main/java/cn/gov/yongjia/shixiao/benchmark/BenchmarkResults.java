package cn.gov.yongjia.shixiao.benchmark;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything one run measured. */
record BenchmarkResults(BenchmarkSettings settings, Map<String, String> machine, List<BenchmarkQuery> mix,
                        List<Scale> scales, Instant started, Instant finished) {

    static final String API = "GraphQL API (HTTP)";
    static final String ELASTICSEARCH = "Elasticsearch direct";
    static final String TRIGRAM = "PostgreSQL pg_trgm";
    static final List<String> TARGETS = List.of(API, ELASTICSEARCH, TRIGRAM);

    /** One register size. */
    record Scale(long businesses, double generationSeconds, long generated, RebuildMeasurement.Result rebuild,
                 double trigramIndexSeconds, List<Load> loads, FreshnessMeasurement.Result freshness,
                 String loadAverageBefore, String loadAverageAfter, List<Double> warmUpApiCpuMillis) {

        Optional<Latencies> load(String target, int clients) {
            return loads.stream().filter(l -> l.target().equals(target) && l.clients() == clients).findFirst()
                    .map(Load::latencies);
        }

        Map<String, Latencies> byQuery(String target, int clients) {
            return loads.stream().filter(l -> l.target().equals(target) && l.clients() == clients).findFirst()
                    .map(Load::byQuery).orElse(Map.of());
        }
    }

    /** One measurement: a target at a number of concurrent clients, in all and per query of the mix. */
    record Load(String target, int clients, Latencies latencies, Map<String, Latencies> byQuery) {
    }
}
