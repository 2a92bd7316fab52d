package cn.gov.yongjia.shixiao.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessRegistry;
import cn.gov.yongjia.shixiao.graphqlapi.demo.BulkDemoRegister;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessSearch;

/**
 * The search benchmark of issue 4 (see docs/benchmarks.md for the method): for each register size, generate the
 * businesses, time the full rebuild against the raw bulk rate, measure search latency at each concurrency through
 * the GraphQL API, straight against Elasticsearch and with pg_trgm, and change-to-searchable latency; then write the
 * report and the plot. {@code ./yongjia bench} runs it; settings are system properties
 * ({@link BenchmarkSettings#fromSystemProperties()}).
 * <p>
 * A benchmark, not a test: it asserts nothing about the figures. {@code SearchBenchmarkSmokeTest} runs it at a tiny
 * scale so that it keeps working.
 */
public final class SearchBenchmark {

    /** Clients of the load through the API and Elasticsearch targets before the first measurement of a size. */
    static final int JIT_WARM_UP_CLIENTS = 8;
    /** The API's JIT warm-up is split into this many windows, its CPU per search read after each (for the report). */
    static final int JIT_WARM_UP_WINDOWS = 5;
    /**
     * Turns each target's measured time at one concurrency is split into, the targets alternating; the API and
     * Elasticsearch swap places every turn (API first, then Elasticsearch first, ...), so that neither is always the
     * one that follows the heavy pg_trgm turn or the other: side by side, whichever of two targets ran second often
     * did better.
     */
    static final int TURNS = 4;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        BenchmarkResults results = run(settings);
        System.out.println("benchmark: done; report in " + settings.reportDir().resolve(BenchmarkReport.FILE).toAbsolutePath());
        System.exit(results.scales().isEmpty() ? 1 : 0);
    }

    static BenchmarkResults run(BenchmarkSettings settings) throws Exception {
        Instant started = Instant.now();
        Folders.deleteRecursively(settings.workDir());
        List<BenchmarkResults.Scale> scales = new ArrayList<>();
        List<BenchmarkQuery> mix;
        BenchmarkResults results;
        System.out.println("benchmark: starting PostgreSQL, Elasticsearch and the GraphQL API");
        try (BenchmarkPlatform platform = BenchmarkPlatform.start(settings.workDir(), settings.elasticsearchHeap(),
                settings.apiHeap())) {
            // Ctrl-C or SIGTERM: stop Elasticsearch too (PostgreSQL's embedded runner has a hook of its own)
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "benchmark-platform-stop"));
            var machine = MachineFacts.collect(platform);
            mix = List.of();
            for (int round = 0; round < settings.sizes().size(); round++) {
                long size = settings.sizes().get(round);
                BenchmarkResults.Scale scale = measure(platform, settings, size, round);
                scales.add(scale);
                mix = QueryMix.of(creditCode(platform));
                results = new BenchmarkResults(settings, machine, mix, List.copyOf(scales), started, Instant.now());
                write(results, settings.reportDir()); // after each size, so a long run leaves figures behind
            }
            results = new BenchmarkResults(settings, machine, mix, List.copyOf(scales), started, Instant.now());
        } finally {
            Folders.deleteRecursively(settings.workDir());
        }
        write(results, settings.reportDir());
        return results;
    }

    private static BenchmarkResults.Scale measure(BenchmarkPlatform platform, BenchmarkSettings settings, long size,
                                                  int round) throws Exception {
        String loadBefore = MachineFacts.loadAverage();
        BusinessRegistry registry = platform.bean(BusinessRegistry.class);
        long missing = size - registry.count();
        System.out.printf("benchmark: %,d businesses: generating %,d%n", size, Math.max(missing, 0));
        try (Connection connection = platform.newConnection(); Statement statement = connection.createStatement()) {
            // the trigram indexes would slow the generator down; they are built again below
            statement.execute("drop index if exists bench_business_name_trgm");
            statement.execute("drop index if exists bench_business_sign_trgm");
        }
        BulkDemoRegister.Result generated = missing > 0 ? platform.bean(BulkDemoRegister.class).append(missing)
                : new BulkDemoRegister.Result(0, 0, 0, 0);
        try (Connection connection = platform.newConnection(); Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze business");
            statement.execute("vacuum analyze inspection");
        }

        System.out.printf("benchmark: %,d businesses: rebuild and raw bulk%n", size);
        RebuildMeasurement.Result rebuild = RebuildMeasurement.run(platform, settings.workDir().resolve("bulk"));
        double trigramSeconds;
        try (Connection connection = platform.newConnection()) {
            trigramSeconds = TrigramTarget.prepare(connection);
        }

        List<BenchmarkQuery> mix = QueryMix.of(creditCode(platform));
        List<BenchmarkQuery> trigramMix = mix.stream().filter(BenchmarkQuery::trigram).toList();
        BusinessSearch search = platform.bean(BusinessSearch.class);
        String graphqlUrl = platform.graphqlUrl();
        Map<String, Supplier<SearchTarget>> comparedTargets = Map.of(
                BenchmarkResults.API, () -> new GraphqlTarget(graphqlUrl),
                BenchmarkResults.ELASTICSEARCH, () -> new ElasticsearchTarget(search));
        List<String> compared = List.of(BenchmarkResults.API, BenchmarkResults.ELASTICSEARCH);
        List<Double> warmUpApiCpu = jitWarmUp(platform, comparedTargets.get(BenchmarkResults.API),
                comparedTargets.get(BenchmarkResults.ELASTICSEARCH), mix, settings.jitWarmUp());
        warmUp(new TrigramTarget(platform.newConnection()), trigramMix);
        System.gc(); // the harness has just held a million documents: not while the first target is measured
        List<BenchmarkResults.Load> loads = new ArrayList<>();
        for (int clients : settings.clients()) {
            // each target measured in turns, so that a busier minute of the shared machine falls on all of them
            Map<String, LoadTest.Samples> samples = new LinkedHashMap<>();
            Duration turn = settings.measure().dividedBy(TURNS);
            for (int turnIndex = 0; turnIndex < TURNS; turnIndex++) {
                for (String target : turnIndex % 2 == 0 ? compared : compared.reversed()) {
                    samples.merge(target, LoadTest.run(comparedTargets.get(target), mix, clients, settings.warmUp(),
                            turn), LoadTest.Samples::plus);
                }
                samples.merge(BenchmarkResults.TRIGRAM, LoadTest.run(() -> {
                    try {
                        return new TrigramTarget(platform.newConnection());
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }, trigramMix, clients, settings.warmUp(), turn), LoadTest.Samples::plus);
            }
            loads.add(load(BenchmarkResults.API, samples.get(BenchmarkResults.API).measured(mix), clients));
            loads.add(load(BenchmarkResults.ELASTICSEARCH, samples.get(BenchmarkResults.ELASTICSEARCH).measured(mix),
                    clients));
            loads.add(load(BenchmarkResults.TRIGRAM, samples.get(BenchmarkResults.TRIGRAM).measured(trigramMix),
                    clients));
        }

        System.out.printf("benchmark: %,d businesses: change to searchable, %d samples%n", size,
                settings.freshnessSamples());
        FreshnessMeasurement.Result freshness = FreshnessMeasurement.run(platform, settings.freshnessSamples(), round + 1);
        return new BenchmarkResults.Scale(registry.count(), generated.seconds(), generated.businesses(), rebuild,
                trigramSeconds, loads, freshness, loadBefore, MachineFacts.loadAverage(), warmUpApiCpu);
    }

    private static BenchmarkResults.Load load(String target, LoadTest.Measured measured, int clients) {
        Latencies latencies = measured.all();
        System.out.printf("benchmark:   %-22s %2d clients: p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  %8.1f/s  %d errors%n",
                target, clients, latencies.p50(), latencies.p95(), latencies.p99(), latencies.throughputPerSecond(),
                latencies.errors());
        return new BenchmarkResults.Load(target, clients, latencies, measured.byQuery());
    }

    /**
     * Load through the API for {@code apiTime} in {@link #JIT_WARM_UP_WINDOWS} windows, then through the direct target
     * for one window, unmeasured, before the first measurement of a size: the served API is a fresh JVM whose code the
     * JIT compiler has yet to compile. Its CPU per search is read after every window and goes into the report, which
     * so shows whether it had settled. On a million businesses a fresh API process used 5-9 ms of CPU per search in
     * its first minute at 8 clients, 2.4-4.4 ms in the second, 2.0 in the fourth (one run), 1.4-1.8 ms when long warm;
     * the warm-up of 60 s it had until 2026-11-28 left the first points (one client) measuring the compiler too.
     *
     * @return the API's CPU per search in each window, in milliseconds (NaN where it cannot be read)
     */
    private static List<Double> jitWarmUp(BenchmarkPlatform platform, Supplier<SearchTarget> api,
                                          Supplier<SearchTarget> direct, List<BenchmarkQuery> mix, Duration apiTime)
            throws InterruptedException {
        Duration window = apiTime.dividedBy(JIT_WARM_UP_WINDOWS);
        List<Double> cpuPerSearch = new ArrayList<>();
        for (int w = 0; w < JIT_WARM_UP_WINDOWS; w++) {
            Optional<Duration> before = platform.apiCpuTime();
            int searches = LoadTest.run(api, mix, JIT_WARM_UP_CLIENTS, Duration.ZERO, window).nanos().length;
            Optional<Duration> after = platform.apiCpuTime();
            double millis = before.isEmpty() || after.isEmpty() || searches == 0 ? Double.NaN
                    : after.get().minus(before.get()).toNanos() / 1e6 / searches;
            cpuPerSearch.add(millis);
            System.out.printf(Locale.ROOT, "benchmark:   JIT warm-up %d/%d: %,d searches, API CPU %.2f ms per search%n",
                    w + 1, JIT_WARM_UP_WINDOWS, searches, millis);
        }
        LoadTest.run(direct, mix, JIT_WARM_UP_CLIENTS, window, Duration.ZERO);
        return cpuPerSearch;
    }

    /** The mix once through a target, unmeasured (first calls are slow); closes the target. */
    private static void warmUp(SearchTarget target, List<BenchmarkQuery> mix) throws Exception {
        try (target) {
            for (BenchmarkQuery query : mix) {
                target.search(query);
            }
        }
    }

    /** A credit code from the middle of the register, of an open business (the exact-lookup query). */
    private static String creditCode(BenchmarkPlatform platform) throws SQLException {
        try (Connection connection = platform.newConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("""
                     select credit_code from business where status = 'OPEN' and credit_code is not null
                     order by id offset (select count(*) / 2 from business) limit 1""")) {
            if (!result.next()) {
                throw new IllegalStateException("No business with a credit code");
            }
            return result.getString(1);
        }
    }

    static void write(BenchmarkResults results, Path reportDir) throws IOException {
        Files.createDirectories(reportDir);
        Files.writeString(reportDir.resolve(BenchmarkReport.FILE), BenchmarkReport.markdown(results),
                StandardCharsets.UTF_8);
        Files.writeString(reportDir.resolve(BenchmarkReport.PLOT), LatencyPlot.svg(results), StandardCharsets.UTF_8);
    }
}
