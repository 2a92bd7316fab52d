package cn.gov.yongjia.shixiao.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws p95 (solid) and p50 (dashed) latency against concurrent clients as SVG, by hand: one colour per target, one
 * panel per register size, a logarithmic latency axis (the targets differ by orders of magnitude).
 */
final class LatencyPlot {

    private static final String[] COLOURS = {"#1f77b4", "#2ca02c", "#d62728"};
    private static final int PANEL_WIDTH = 420;
    private static final int HEIGHT = 360;
    private static final int LEFT = 70;
    private static final int TOP = 50;
    private static final int PLOT_WIDTH = 320;
    private static final int PLOT_HEIGHT = 220;

    private LatencyPlot() {
    }

    static String svg(BenchmarkResults results) {
        List<BenchmarkResults.Scale> scales = results.scales();
        List<Integer> clients = results.settings().clients();
        int width = Math.max(PANEL_WIDTH * scales.size() + 20, 660); // room for the legend
        double min = Double.MAX_VALUE;
        double max = 0;
        for (BenchmarkResults.Scale scale : scales) {
            for (BenchmarkResults.Load load : scale.loads()) {
                if (load.latencies().requests() > 0) {
                    min = Math.min(min, Math.max(0.1, load.latencies().p50()));
                    max = Math.max(max, load.latencies().p95());
                }
            }
        }
        if (max == 0) {
            min = 1;
            max = 10;
        }
        double logMin = Math.floor(Math.log10(min));
        double logMax = Math.max(logMin + 1, Math.ceil(Math.log10(max)));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">
                <title>Search latency against concurrent clients</title>
                <rect width="100%%" height="100%%" fill="white"/>
                """, width, HEIGHT + 40, width, HEIGHT + 40));
        for (int s = 0; s < scales.size(); s++) {
            BenchmarkResults.Scale scale = scales.get(s);
            int x0 = 10 + s * PANEL_WIDTH + LEFT;
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"14\" font-weight=\"bold\">%,d businesses</text>%n",
                    x0, TOP - 25, scale.businesses()));
            // axes and grid
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#444\"/>%n",
                    x0, TOP, PLOT_WIDTH, PLOT_HEIGHT));
            for (double exponent = logMin; exponent <= logMax; exponent++) {
                double y = y(Math.pow(10, exponent), logMin, logMax);
                svg.append(String.format(Locale.ROOT,
                        "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", x0, y, x0 + PLOT_WIDTH, y));
                svg.append(String.format(Locale.ROOT,
                        "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s ms</text>%n", x0 - 6, y + 4,
                        format(Math.pow(10, exponent))));
            }
            for (int c = 0; c < clients.size(); c++) {
                double x = x(c, clients.size(), x0);
                svg.append(String.format(Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n", x, TOP + PLOT_HEIGHT + 18,
                        clients.get(c)));
            }
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">concurrent clients</text>%n",
                    x0 + PLOT_WIDTH / 2, TOP + PLOT_HEIGHT + 38));
            for (int t = 0; t < BenchmarkResults.TARGETS.size(); t++) {
                String target = BenchmarkResults.TARGETS.get(t);
                List<String> p95 = new ArrayList<>();
                List<String> p50 = new ArrayList<>();
                for (int c = 0; c < clients.size(); c++) {
                    int index = c;
                    scale.load(target, clients.get(c)).filter(l -> l.requests() > 0).ifPresent(l -> {
                        double x = x(index, clients.size(), x0);
                        p95.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y(Math.max(l.p95(), 0.1), logMin, logMax)));
                        p50.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y(Math.max(l.p50(), 0.1), logMin, logMax)));
                    });
                }
                svg.append(String.format(Locale.ROOT,
                        "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"><title>%s p95</title></polyline>%n",
                        String.join(" ", p95), COLOURS[t], target));
                svg.append(String.format(Locale.ROOT,
                        "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" stroke-dasharray=\"5,4\"><title>%s p50</title></polyline>%n",
                        String.join(" ", p50), COLOURS[t], target));
                for (String point : p95) {
                    String[] xy = point.split(",");
                    svg.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"3\" fill=\"%s\"/>%n",
                            xy[0], xy[1], COLOURS[t]));
                }
            }
        }
        // legend
        int legendY = HEIGHT - 10;
        for (int t = 0; t < BenchmarkResults.TARGETS.size(); t++) {
            int x = 20 + t * 200;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                    x, legendY, x + 24, legendY, COLOURS[t]));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", x + 30, legendY + 4,
                    BenchmarkResults.TARGETS.get(t)));
        }
        svg.append(String.format(Locale.ROOT,
                "<text x=\"20\" y=\"%d\">solid: p95 · dashed: p50 · latency axis logarithmic · measured %s</text>%n",
                legendY + 24, results.finished()));
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static double x(int index, int count, int x0) {
        return count == 1 ? x0 + PLOT_WIDTH / 2.0 : x0 + 20 + index * (PLOT_WIDTH - 40.0) / (count - 1);
    }

    private static double y(double millis, double logMin, double logMax) {
        double fraction = (Math.log10(millis) - logMin) / (logMax - logMin);
        return TOP + PLOT_HEIGHT - Math.clamp(fraction, 0, 1) * PLOT_HEIGHT;
    }

    private static String format(double millis) {
        return millis >= 1 ? String.format(Locale.ROOT, "%.0f", millis) : String.format(Locale.ROOT, "%.1f", millis);
    }
}
