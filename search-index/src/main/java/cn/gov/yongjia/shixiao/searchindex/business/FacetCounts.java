package cn.gov.yongjia.shixiao.searchindex.business;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The three facets of a search, added up from the counts per {@link FacetKey} of every hit before the facet filters
 * (they are a post_filter). Each dimension counts with the filters of the other two applied and its own left out, so
 * a client can offer the other values; buckets are ordered as a terms aggregation orders them (most first, then by
 * value) and as many are kept as the aggregations kept before (20 trades, 100 townships, 10 grades).
 */
final class FacetCounts {

    static final int TRADES = 20;
    static final int TOWNSHIPS = 100;
    static final int RATINGS = 10;
    /** How an absent grade sorts among the others (as the aggregation's {@code missing} value did). */
    private static final String PENDING = "PENDING";

    private FacetCounts() {
    }

    /**
     * @param counts how many hits have each key, the facet filters not applied
     */
    static BusinessHits.Facets of(Map<FacetKey, Long> counts, BusinessQuery query) {
        Predicate<FacetKey> trade = key -> query.trades().isEmpty() || query.trades().contains(key.trade());
        Predicate<FacetKey> township = key -> query.townships().isEmpty()
                || query.townships().contains(key.townshipCode());
        Predicate<FacetKey> rating = key -> {
            Integer rank = BusinessDocument.rankOf(key.rating());
            return query.minRatingRank() == null || rank != null && rank >= query.minRatingRank();
        };
        return new BusinessHits.Facets(
                buckets(counts, township.and(rating), FacetKey::trade, false, TRADES),
                buckets(counts, trade.and(rating), FacetKey::townshipCode, false, TOWNSHIPS),
                buckets(counts, trade.and(township), FacetKey::rating, true, RATINGS));
    }

    private static List<BusinessHits.Bucket> buckets(Map<FacetKey, Long> counts, Predicate<FacetKey> others,
                                                     Function<FacetKey, String> dimension, boolean countAbsent,
                                                     int size) {
        Map<String, Long> sums = new HashMap<>();
        counts.forEach((key, count) -> {
            String value = dimension.apply(key);
            if (others.test(key) && (value != null || countAbsent)) {
                sums.merge(Objects.requireNonNullElse(value, PENDING), count, Long::sum);
            }
        });
        return sums.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(size)
                .map(e -> new BusinessHits.Bucket(countAbsent && PENDING.equals(e.getKey()) ? null : e.getKey(),
                        e.getValue()))
                .toList();
    }
}
