package cn.gov.yongjia.shixiao.benchmark;

import java.util.List;
import java.util.Map;

import cn.gov.yongjia.shixiao.searchindex.business.BusinessQuery;
import cn.gov.yongjia.shixiao.searchindex.business.LatLon;

/**
 * One query of the mix, in the three forms the benchmark sends it: GraphQL variables for {@code searchBusinesses},
 * the {@link BusinessQuery} the API makes of them (so Elasticsearch gets the same body directly), and, for plain
 * text, the PostgreSQL trigram search a team might write instead.
 *
 * @param label     what it is, for the report
 * @param variables the GraphQL variables
 * @param query     what the API turns them into
 * @param trigram   whether the pg_trgm comparison runs it (text that is Chinese or a credit code; pg_trgm knows
 *                  no pinyin, distance or rating)
 */
record BenchmarkQuery(String label, Map<String, Object> variables, BusinessQuery query, boolean trigram) {

    static final int PAGE = 20;

    static BenchmarkQuery text(String label, String text, boolean trigram) {
        return new BenchmarkQuery(label, Map.of("q", text), query(text, List.of(), List.of(), null, null, 0,
                BusinessQuery.Sort.RELEVANCE), trigram);
    }

    static BusinessQuery query(String text, List<String> trades, List<String> townships, Integer minRank, LatLon near,
                               double radiusKm, BusinessQuery.Sort sort) {
        // as SearchController makes it: status OPEN by default, one more hit than the page to see if there are more
        return new BusinessQuery(text, trades, townships, minRank, List.of("OPEN"), null, near,
                near == null ? 5.0 : radiusKm, sort, PAGE, null);
    }

    String text() {
        return query.text();
    }
}
