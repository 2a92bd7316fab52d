package cn.gov.yongjia.shixiao.benchmark.portal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * One run's measurements: every measured view of every page of the mix, with the machine it ran on.
 *
 * @param businesses how many businesses the register held (the demo data)
 * @param views      per page of the mix (in the mix's order), its measured views
 */
record PortalBenchmarkResults(PortalBenchmarkSettings settings, Map<String, String> machine, long businesses,
                              Map<PortalPage, List<PageViewTiming>> views, Instant started, Instant finished,
                              String loadBefore, String loadAfter) {

    /** The measured views of every page of this kind. */
    List<PageViewTiming> ofKind(String kind) {
        return views.entrySet().stream().filter(e -> e.getKey().kind().equals(kind))
                .flatMap(e -> e.getValue().stream()).toList();
    }

    /** Nearest-rank percentile of a figure over these views; 0 when there are none. */
    static double percentile(List<PageViewTiming> views, ToDoubleFunction<PageViewTiming> figure, double percent) {
        if (views.isEmpty()) {
            return 0;
        }
        double[] sorted = views.stream().mapToDouble(figure).sorted().toArray();
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
    }

    static double max(List<PageViewTiming> views, ToDoubleFunction<PageViewTiming> figure) {
        return views.stream().mapToDouble(figure).max().orElse(0);
    }

    /** The fewest and the most of a count over these views, e.g. "1" or "1–2". */
    static String range(List<PageViewTiming> views, java.util.function.ToIntFunction<PageViewTiming> count) {
        int[] values = views.stream().mapToInt(count).toArray();
        int min = Arrays.stream(values).min().orElse(0);
        int max = Arrays.stream(values).max().orElse(0);
        return min == max ? Integer.toString(min) : min + "–" + max;
    }
}
