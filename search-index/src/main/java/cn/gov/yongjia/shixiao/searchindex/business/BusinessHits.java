package cn.gov.yongjia.shixiao.searchindex.business;

import java.util.List;

/**
 * One page of business search results: the hits in rank order, how many match in all, whether more follow, the
 * facet counts of the query, and whether the hits are approximate (no name had every character of the text, so these
 * miss up to one in four).
 *
 * @param total  how many match in all; when the query does not count the total ({@link BusinessQuery.Count}), only
 *               whether any match: 0 or 1
 * @param facets {@link Facets#NONE} when the query does not count facets
 */
public record BusinessHits(long total, List<Hit> hits, boolean hasMore, Facets facets, boolean approximate) {

    /**
     * @param cursor                  opaque position of this hit, to ask for the page after it
     * @param distanceKm              from the query's point, when it has one: to two decimals, or to whole kilometres
     *                                for a private residence (whose indexed point is coarse); null without a point or
     *                                location
     * @param highlightedName         the registered name, HTML-escaped, with the matched characters in
     *                                {@code <em>…</em>}; null when the name did not match (e.g. a pinyin match)
     * @param highlightedShopSignName the same for the shop-sign name
     */
    public record Hit(long businessId, double score, String cursor, Double distanceKm, String highlightedName,
                      String highlightedShopSignName) {
    }

    /**
     * Counts per value among the hits. Each dimension counts as if its own filter were not set (so a client can
     * offer the other values), with every other filter applied.
     */
    public record Facets(List<Bucket> trades, List<Bucket> townships, List<Bucket> ratings) {

        public static final Facets NONE = new Facets(List.of(), List.of(), List.of());
    }

    /** @param value the trade, township code or grade; for ratings, null counts the pending ones */
    public record Bucket(String value, long count) {
    }
}
