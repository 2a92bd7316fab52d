package cn.gov.yongjia.shixiao.benchmark.portal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static cn.gov.yongjia.shixiao.benchmark.portal.PortalBenchmarkResults.max;
import static cn.gov.yongjia.shixiao.benchmark.portal.PortalBenchmarkResults.percentile;
import static cn.gov.yongjia.shixiao.benchmark.portal.PortalBenchmarkResults.range;

/**
 * Writes docs/benchmarks-portal.md from a run: the targets met or not, the machine, the method and the figures, as
 * measured. Everything in it comes from the run; rerunning the benchmark replaces it.
 */
final class PortalBenchmarkReport {

    static final double RESULTS_TARGET_MS = 300;
    private static final List<String> KINDS = List.of(PortalPage.RESULTS, PortalPage.BUSINESS, PortalPage.HOME);

    private PortalBenchmarkReport() {
    }

    static String markdown(PortalBenchmarkResults results) {
        StringBuilder md = new StringBuilder("""
                # Portal benchmark

                Written by the portal benchmark harness (`benchmark` module, `PortalBenchmark`) from its last run;
                rerun it to replace this page. Issue 6 asks for these figures; they are measurements on the machine
                below, not promises.

                ```bash
                ./yongjia bench-portal                                 # the demo register (2,000 businesses)
                ./yongjia bench-portal -Dbench.portal.rounds=50        # more views per page (default 20, warm-up 3)
                # other settings: -Dbench.portal.warm-up=3 -Dbench.report-dir=docs; YONGJIA_DEMO_DATA_BUSINESSES=…
                ```

                """);
        List<PageViewTiming> searches = results.ofKind(PortalPage.RESULTS);
        List<PageViewTiming> all = results.views().values().stream().flatMap(List::stream).toList();
        double p50 = percentile(searches, PageViewTiming::serverMillis, 50);
        double p95 = percentile(searches, PageViewTiming::serverMillis, 95);
        md.append(String.format(Locale.ROOT, "## Targets (issue 6)%n%nAt %,d businesses (the demo register), %d "
                + "measured views of each of the %d pages below:%n%n| Target | Measured | Met |%n| --- | --- | --- |%n",
                results.businesses(), results.settings().rounds(), results.views().size()));
        md.append(String.format(Locale.ROOT, "| Server time for a results page under %.0f ms | p50 %.1f ms, p95 %.1f ms, "
                        + "max %.1f ms over %d views | %s |%n", RESULTS_TARGET_MS, p50, p95,
                max(searches, PageViewTiming::serverMillis), searches.size(),
                p95 < RESULTS_TARGET_MS ? "yes (p95)" : p50 < RESULTS_TARGET_MS ? "at p50 only; **no** at p95" : "**no**"));
        boolean oneEach = all.stream().allMatch(v -> v.reported() && v.graphqlRequests() == 1);
        md.append(String.format(Locale.ROOT, "| One GraphQL request per page view, no waterfall | %s GraphQL request(s) "
                        + "per view (results %s, business %s, home %s) | %s |%n%n", range(all, PageViewTiming::graphqlRequests),
                range(searches, PageViewTiming::graphqlRequests),
                range(results.ofKind(PortalPage.BUSINESS), PageViewTiming::graphqlRequests),
                range(results.ofKind(PortalPage.HOME), PageViewTiming::graphqlRequests),
                oneEach ? "yes" : "**no**"));
        if (all.stream().anyMatch(v -> !v.reported())) {
            md.append("Some requests carried no Server-Timing header from the portal, so their GraphQL requests are not "
                    + "counted above.\n\n");
        }

        md.append("## Machine and versions\n\n| | |\n| --- | --- |\n");
        results.machine().forEach((key, value) -> md.append("| ").append(key).append(" | ").append(value).append(" |\n"));
        md.append(String.format(Locale.ROOT, "| Run | %s → %s |%n", results.started(), results.finished()));
        md.append(String.format(Locale.ROOT, "| Load average (1/5/15 min) | before measuring %s; after %s |%n",
                results.loadBefore(), results.loadAfter()));
        md.append(String.format(Locale.ROOT, "| Settings | %d warm-up round(s), %d measured round(s) of the mix |%n%n",
                results.settings().warmUpRounds(), results.settings().rounds()));
        md.append("""
                **The machine is shared**: other engineers' builds and tests may run on the same cores during the run
                (the load averages above show how busy it was), and Chromium runs there too. Absolute figures are
                therefore pessimistic and noisy.

                ## Method

                `PortalBenchmark` starts the whole platform as `./yongjia start` does (`Platform` from the launcher:
                embedded PostgreSQL and Elasticsearch, the API's and the portal's jars as their own processes with
                their normal configuration, the demo register loaded on the first start), in a fresh data folder.
                Headless Chromium (Selenium) on the same machine then opens every page of the mix below as a **new
                document** (a reader following a link or a bookmark, the most work a view can be), round after round:
                some unmeasured warm-up rounds, then the measured ones. A view is finished when its content is there
                and Vaadin has no request in flight.

                **What "server time" is.** A Vaadin view is a document request plus the Vaadin requests
                (`?v-r=…`: the bootstrap's `init` and the UIDL round trips that navigate, build the view and settle
                it, e.g. components syncing their first state). For each of these requests the browser's Navigation and Resource Timing
                give `responseStart − requestStart`: from the request sent to the first byte of the answer, i.e. the
                server's work (the portal, and the API it waits for) plus a loopback round trip, which is negligible.
                The view's server time is the **sum** over its requests: the requests of a view run one after another,
                so the sum is what the reader waits on the server. Download and rendering in the browser are not in
                it. Percentiles are nearest-rank over every measured view.

                **Counting GraphQL requests.** The portal says in every response, in a standard `Server-Timing`
                header, how long it worked before answering (`app`) and how many GraphQL requests it sent to the API
                meanwhile and how long they took (`graphql`); Resource Timing hands those entries to the page
                (`serverTiming`). A view's GraphQL requests are the sum over its requests. The portal's own `app`
                time is shown next to the browser's figure as a cross-check.

                """);
        md.append("### The mix\n\n| # | Page | Address |\n| ---: | --- | --- |\n");
        int number = 1;
        for (PortalPage page : results.views().keySet()) {
            md.append(String.format(Locale.ROOT, "| %d | %s: %s | `%s` |%n", number++, page.kind(), page.label(),
                    page.path()));
        }

        md.append("\n## Figures by kind of page\n\n| Page | Views | Server p50 ms | p95 ms | max ms | Document p50 ms "
                + "| Vaadin requests per view | Portal (`app`) p50 ms | GraphQL requests per view | GraphQL p50 ms |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (String kind : KINDS) {
            List<PageViewTiming> views = results.ofKind(kind);
            md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %s | %.1f | %s | %.1f |%n", kind,
                    views.size(), percentile(views, PageViewTiming::serverMillis, 50),
                    percentile(views, PageViewTiming::serverMillis, 95), max(views, PageViewTiming::serverMillis),
                    percentile(views, PageViewTiming::documentMillis, 50), range(views, PageViewTiming::vaadinRequests),
                    percentile(views, PageViewTiming::portalMillis, 50), range(views, PageViewTiming::graphqlRequests),
                    percentile(views, PageViewTiming::graphqlMillis, 50)));
        }

        md.append("\n## Figures by page\n\n| # | Page | Views | Server p50 ms | p95 ms | max ms | GraphQL requests per "
                + "view | GraphQL p50 ms |\n| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        number = 1;
        for (Map.Entry<PortalPage, List<PageViewTiming>> entry : results.views().entrySet()) {
            List<PageViewTiming> views = entry.getValue();
            md.append(String.format(Locale.ROOT, "| %d | %s | %d | %.1f | %.1f | %.1f | %s | %.1f |%n", number++,
                    entry.getKey().label(), views.size(), percentile(views, PageViewTiming::serverMillis, 50),
                    percentile(views, PageViewTiming::serverMillis, 95), max(views, PageViewTiming::serverMillis),
                    range(views, PageViewTiming::graphqlRequests), percentile(views, PageViewTiming::graphqlMillis, 50)));
        }
        return md.toString();
    }
}
