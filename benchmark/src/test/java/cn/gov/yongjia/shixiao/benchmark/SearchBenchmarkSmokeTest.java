package cn.gov.yongjia.shixiao.benchmark;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the benchmark harness working: the whole run at a tiny scale (500 businesses, one client, a second per
 * measurement) on the real embedded services, checking that the report and the plot are produced and well-formed.
 * No figure is asserted: a benchmark is never a timed test.
 */
class SearchBenchmarkSmokeTest {

    @TempDir
    Path temp;

    @Test
    void aTinyRunWritesAWellFormedReportAndPlot() throws Exception {
        BenchmarkSettings settings = new BenchmarkSettings(List.of(500L), List.of(1), Duration.ofSeconds(2),
                Duration.ofSeconds(1), Duration.ofSeconds(3), 3, temp.resolve("docs"), temp.resolve("work"), "512m",
                "512m");

        BenchmarkResults results = SearchBenchmark.run(settings);

        assertThat(results.scales()).singleElement().satisfies(scale -> {
            assertThat(scale.businesses()).isEqualTo(500);
            assertThat(scale.rebuild().documents()).isEqualTo(500);
            assertThat(scale.rebuild().rawDocuments()).isEqualTo(500);
            assertThat(scale.loads()).extracting(BenchmarkResults.Load::target)
                    .containsExactlyElementsOf(BenchmarkResults.TARGETS);
            assertThat(scale.loads()).allSatisfy(load -> {
                assertThat(load.latencies().requests()).as(load.target()).isPositive();
                assertThat(load.latencies().errors()).as(load.target()).isZero();
            });
            assertThat(scale.freshness().lost()).isZero();
            assertThat(scale.freshness().millis()).hasSize(3);
            assertThat(scale.warmUpApiCpuMillis()).as("the served API's CPU per search in each warm-up window")
                    .hasSize(SearchBenchmark.JIT_WARM_UP_WINDOWS).allSatisfy(ms -> assertThat(ms).isPositive());
        });
        String report = Files.readString(settings.reportDir().resolve("benchmarks.md"), StandardCharsets.UTF_8);
        assertThat(report)
                .startsWith("# Search benchmark")
                .contains("## Targets (issue 4)", "## Machine and versions", "## Method", "### The query mix",
                        "## 500 businesses", "| Platform full rebuild (zero downtime) | 500 |",
                        "| Raw bulk, same documents (Java client `BulkIngester`) | 500 |", "**Rebuild / raw**",
                        "| GraphQL API (HTTP) | 1 |", "| Elasticsearch direct | 1 |", "| PostgreSQL pg_trgm | 1 |",
                        "Change to searchable: 3 samples", "this run went up to 500 only", "./yongjia bench",
                        "| JDK | ", "| PostgreSQL | 18.",
                        "JIT warm-up: the API's CPU per search, window by window: ");
        assertThat(report.lines().filter(line -> line.startsWith("| ") && !line.endsWith("|"))).isEmpty();

        Path plot = settings.reportDir().resolve("benchmarks-latency.svg");
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(plot)));
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.getElementsByTagName("polyline").getLength()).isEqualTo(2 * BenchmarkResults.TARGETS.size());
        assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(BenchmarkResults.TARGETS.size());
        assertThat(Files.readString(plot)).contains("500 businesses", "concurrent clients", "GraphQL API (HTTP)");
        assertThat(settings.workDir()).doesNotExist();
    }
}
