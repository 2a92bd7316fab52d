package cn.gov.yongjia.shixiao.benchmark.portal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.yongjia.shixiao.benchmark.Folders;
import cn.gov.yongjia.shixiao.benchmark.MachineFacts;
import cn.gov.yongjia.shixiao.launcher.LauncherSettings;
import cn.gov.yongjia.shixiao.launcher.Platform;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal benchmark of issue 6 ("server time for a results page under 300 ms at the demo data size; no request
 * waterfall"): starts the whole platform as {@code ./yongjia start} does (embedded PostgreSQL and Elasticsearch, the
 * API and the portal as their jars, the demo register), then views a fixed mix of results pages and business pages in
 * headless Chromium, round after round, and writes docs/benchmarks-portal.md. See that page for the method.
 * {@code ./yongjia bench-portal} runs it; settings are system properties
 * ({@link PortalBenchmarkSettings#fromSystemProperties()}).
 * <p>
 * A benchmark, not a test: it asserts nothing about the figures. {@code PortalBenchmarkSmokeTest} runs it at a tiny
 * scale so that it keeps working.
 */
public final class PortalBenchmark {

    static final String FILE = "benchmarks-portal.md";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PortalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PortalBenchmarkSettings settings = PortalBenchmarkSettings.fromSystemProperties();
        run(settings);
        System.out.println("portal benchmark: done; report in " + settings.reportDir().resolve(FILE).toAbsolutePath());
        System.exit(0);
    }

    static PortalBenchmarkResults run(PortalBenchmarkSettings settings) throws Exception {
        Instant started = Instant.now();
        Path dataDir = Files.createTempDirectory("yongjia-portal-benchmark-");
        // Elasticsearch runs as an unprivileged user when we are root: let it reach its folder
        dataDir.toFile().setExecutable(true, false);
        dataDir.toFile().setReadable(true, false);
        PortalBenchmarkResults results;
        System.out.println("portal benchmark: starting the platform with the demo register (the first load takes minutes)");
        try (Platform platform = Platform.start(LauncherSettings.fromEnvironment().withDataDir(dataDir))) {
            Thread stop = new Thread(platform::close, "portal-benchmark-platform-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            Map<String, String> machine = MachineFacts.common();
            machine.put("PostgreSQL", postgresVersion(dataDir));
            machine.put("Browser", "Debian Chromium, headless, on the same machine");
            long businesses = businessCount(platform.graphqlUrl());
            List<PortalPage> mix = mix(platform.graphqlUrl());
            String loadBefore = MachineFacts.loadAverage();
            Map<PortalPage, List<PageViewTiming>> views = new LinkedHashMap<>();
            mix.forEach(page -> views.put(page, new ArrayList<>()));
            try (MeasuringBrowser browser = new MeasuringBrowser()) {
                URI portal = platform.portalUrl();
                for (int round = 0; round < settings.warmUpRounds(); round++) {
                    for (PortalPage page : mix) {
                        browser.view(portal, page);
                    }
                }
                System.out.printf("portal benchmark: %,d businesses; warmed up, measuring %d rounds of %d pages%n",
                        businesses, settings.rounds(), mix.size());
                for (int round = 0; round < settings.rounds(); round++) {
                    for (PortalPage page : mix) {
                        views.get(page).add(browser.view(portal, page));
                    }
                }
            }
            results = new PortalBenchmarkResults(settings, machine, businesses, views, started, Instant.now(),
                    loadBefore, MachineFacts.loadAverage());
            Runtime.getRuntime().removeShutdownHook(stop);
        } finally {
            Folders.deleteRecursively(dataDir);
        }
        for (String kind : List.of(PortalPage.RESULTS, PortalPage.BUSINESS, PortalPage.HOME)) {
            List<PageViewTiming> ofKind = results.ofKind(kind);
            System.out.printf("portal benchmark:   %-14s p50 %6.1f ms  p95 %6.1f ms  GraphQL requests per view %s%n", kind,
                    PortalBenchmarkResults.percentile(ofKind, PageViewTiming::serverMillis, 50),
                    PortalBenchmarkResults.percentile(ofKind, PageViewTiming::serverMillis, 95),
                    PortalBenchmarkResults.range(ofKind, PageViewTiming::graphqlRequests));
        }
        Files.createDirectories(settings.reportDir());
        Files.writeString(settings.reportDir().resolve(FILE), PortalBenchmarkReport.markdown(results), StandardCharsets.UTF_8);
        return results;
    }

    /**
     * The fixed mix: searches as residents type them (Chinese, pinyin, filters, each order, near me) against the
     * demo register's names and places, three business pages and the home page.
     */
    static List<PortalPage> mix(URI graphqlUrl) throws Exception {
        List<PortalPage> mix = new ArrayList<>(List.of(
                PortalPage.results("Chinese text: 兰州拉面", "/search?q=%E5%85%B0%E5%B7%9E%E6%8B%89%E9%9D%A2"),
                PortalPage.results("pinyin: lanzhou", "/search?q=lanzhou"),
                PortalPage.results("initials: mg (面馆)", "/search?q=mg"),
                PortalPage.results("filters: 面馆, restaurants in 瓯北, rating ≥ B",
                        "/search?q=%E9%9D%A2%E9%A6%86&trade=RESTAURANT&township=OUBEI&rating=B"),
                PortalPage.results("sort by rating: 理发", "/search?q=%E7%90%86%E5%8F%91&sort=rating"),
                PortalPage.results("browse hotels by name", "/search?trade=HOTEL&sort=name"),
                PortalPage.results("sort by last inspected, closed too: 小吃",
                        "/search?q=%E5%B0%8F%E5%90%83&sort=inspected&closed=1"),
                PortalPage.results("near me: 面馆 within 3 km of 瓯北, by distance",
                        "/search?q=%E9%9D%A2%E9%A6%86&sort=distance&lat=28.031&lon=120.651"),
                PortalPage.results("near me: everything within 5 km of 上塘, by distance",
                        "/search?sort=distance&lat=28.153&lon=120.691&r=5.0")));
        JsonNode businesses = post(graphqlUrl, "{ businesses(first: 50) { edges { node { id } } } }")
                .path("businesses").path("edges");
        for (int index : new int[] {0, businesses.size() / 2, businesses.size() - 1}) {
            mix.add(PortalPage.business("business no. " + (index + 1) + " of the register",
                    businesses.get(index).path("node").path("id").asString()));
        }
        mix.add(PortalPage.home());
        return List.copyOf(mix);
    }

    private static long businessCount(URI graphqlUrl) throws Exception {
        return post(graphqlUrl, "{ businesses(first: 1) { totalCount } }").path("businesses").path("totalCount").asLong();
    }

    private static JsonNode post(URI graphqlUrl, String document) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(graphqlUrl)
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(Map.of("query", document))))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode answer = JSON.readTree(response.body());
            if (response.statusCode() != 200 || (answer.has("errors") && !answer.get("errors").isEmpty())) {
                throw new IllegalStateException("The API answered " + response.statusCode() + ": " + answer);
            }
            return answer.path("data");
        }
    }

    /** The embedded PostgreSQL's major version, as its data folder records it. */
    private static String postgresVersion(Path dataDir) {
        try {
            return Files.readString(dataDir.resolve("postgres").resolve("PG_VERSION")).strip() + " (embedded)";
        } catch (IOException e) {
            return "?";
        }
    }
}
