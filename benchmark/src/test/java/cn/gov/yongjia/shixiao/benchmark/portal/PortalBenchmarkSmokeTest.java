package cn.gov.yongjia.shixiao.benchmark.portal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the portal benchmark harness working: the whole run at a tiny scale (the small demo register the build sets,
 * one measured round) on the real platform and headless Chromium, checking that every page of the mix was viewed and
 * measured, that the portal reported its GraphQL requests, and that the report is written. No time is asserted: a
 * benchmark is never a timed test. That each view took one GraphQL request is asserted: it is behaviour, not speed.
 */
class PortalBenchmarkSmokeTest {

    @TempDir
    Path temp;

    @Test
    void aTinyRunMeasuresEveryPageOfTheMixAndWritesTheReport() throws Exception {
        PortalBenchmarkSettings settings = new PortalBenchmarkSettings(1, 1, temp.resolve("docs"));

        PortalBenchmarkResults results = PortalBenchmark.run(settings);

        assertThat(results.businesses()).isPositive();
        assertThat(results.views().keySet()).extracting(PortalPage::kind)
                .contains(PortalPage.RESULTS, PortalPage.BUSINESS, PortalPage.HOME);
        assertThat(results.views()).allSatisfy((page, views) -> assertThat(views).as(page.path()).singleElement()
                .satisfies(view -> {
                    assertThat(view.reported()).as("the portal's Server-Timing on every request").isTrue();
                    assertThat(view.graphqlRequests()).as("GraphQL requests for " + page.path()).isEqualTo(1);
                    assertThat(view.serverMillis()).isPositive().isGreaterThanOrEqualTo(view.documentMillis());
                }));
        String report = Files.readString(settings.reportDir().resolve("benchmarks-portal.md"), StandardCharsets.UTF_8);
        assertThat(report)
                .startsWith("# Portal benchmark")
                .contains("## Targets (issue 6)", "| Server time for a results page under 300 ms |",
                        "| One GraphQL request per page view, no waterfall | 1 GraphQL request(s) per view",
                        "## Machine and versions", "| JDK | ", "| PostgreSQL | ", "## Method", "### The mix",
                        "## Figures by kind of page", "## Figures by page", "./yongjia bench-portal");
        assertThat(report.lines().filter(line -> line.startsWith("| ") && !line.endsWith("|"))).isEmpty();
    }
}
