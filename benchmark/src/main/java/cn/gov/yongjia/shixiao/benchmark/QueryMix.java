package cn.gov.yongjia.shixiao.benchmark;

import java.util.List;
import java.util.Map;

import cn.gov.yongjia.shixiao.searchindex.business.BusinessQuery;
import cn.gov.yongjia.shixiao.searchindex.business.LatLon;

/**
 * The fixed mix of realistic searches the benchmark sends, in this order, round-robin (documented in
 * docs/benchmarks.md): Chinese text, pinyin, initials, a typo, filters, near me, and each sort.
 */
final class QueryMix {

    /** 瓯北街道's centre (the register's townships table). */
    static final LatLon OUBEI = new LatLon(28.030, 120.650);
    static final LatLon QIAOTOU = new LatLon(28.110, 120.560);

    private QueryMix() {
    }

    /** The mix; {@code creditCode} is a code from the register (an exact lookup). */
    static List<BenchmarkQuery> of(String creditCode) {
        return List.of(
                BenchmarkQuery.text("Chinese name: 兰州拉面", "兰州拉面", true),
                BenchmarkQuery.text("full pinyin: lanzhou", "lanzhou", false),
                BenchmarkQuery.text("initials: lzlm", "lzlm", false),
                BenchmarkQuery.text("typo: 兰州拉麺", "兰州拉麺", true),
                BenchmarkQuery.text("place + trade words: 桥头宾馆", "桥头宾馆", true),
                new BenchmarkQuery("filters: 理发 in 瓯北, barbershops, rating ≥ B",
                        Map.of("q", "理发", "filter", Map.of("trades", List.of("BARBERSHOP"),
                                "townships", List.of("OUBEI"), "ratingAtLeast", "B")),
                        BenchmarkQuery.query("理发", List.of("BARBERSHOP"), List.of("OUBEI"), 2, null, 0,
                                BusinessQuery.Sort.RELEVANCE), true),
                new BenchmarkQuery("near me: 面馆 within 3 km of 瓯北, by distance",
                        Map.of("q", "面馆", "near", Map.of("lat", OUBEI.lat(), "lon", OUBEI.lon(), "radiusKm", 3.0),
                                "sort", "DISTANCE"),
                        BenchmarkQuery.query("面馆", List.of(), List.of(), null, OUBEI, 3.0,
                                BusinessQuery.Sort.DISTANCE), false),
                new BenchmarkQuery("near me: 兰州拉面 within 5 km of 桥头, relevance",
                        Map.of("q", "兰州拉面", "near", Map.of("lat", QIAOTOU.lat(), "lon", QIAOTOU.lon(), "radiusKm", 5.0)),
                        BenchmarkQuery.query("兰州拉面", List.of(), List.of(), null, QIAOTOU, 5.0,
                                BusinessQuery.Sort.RELEVANCE), false),
                new BenchmarkQuery("sort by rating: 小吃",
                        Map.of("q", "小吃", "sort", "RATING"),
                        BenchmarkQuery.query("小吃", List.of(), List.of(), null, null, 0, BusinessQuery.Sort.RATING), true),
                new BenchmarkQuery("sort by name: 美容",
                        Map.of("q", "美容", "sort", "NAME"),
                        BenchmarkQuery.query("美容", List.of(), List.of(), null, null, 0, BusinessQuery.Sort.NAME), true),
                new BenchmarkQuery("sort by last inspected: 网吧 (trade filter)",
                        Map.of("q", "网吧", "filter", Map.of("trades", List.of("INTERNET_CAFE")), "sort", "LAST_INSPECTED"),
                        BenchmarkQuery.query("网吧", List.of("INTERNET_CAFE"), List.of(), null, null, 0,
                                BusinessQuery.Sort.LAST_INSPECTED), true),
                BenchmarkQuery.text("credit code (exact)", creditCode, true));
    }
}
