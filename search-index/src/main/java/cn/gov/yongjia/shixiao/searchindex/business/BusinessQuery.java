package cn.gov.yongjia.shixiao.searchindex.business;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One business search, checked by the caller.
 *
 * @param text            what the user typed (1 to 100 characters), or null to browse by filters and point alone
 * @param trades          only these trades (empty: any)
 * @param townships       only these township codes (empty: any)
 * @param minRatingRank   only ratings of at least this rank (A=3 … RECTIFY=0); null: any, pending included
 * @param statuses        only these statuses (never empty: the API defaults to OPEN)
 * @param inspectedBefore when set, only rated businesses whose rating rests on an inspection before this day (the
 *                        stale ones); computed from the rating scheme at query time, so it never goes out of date
 * @param near            when set, only businesses within {@code radiusKm} of it (by the indexed, possibly coarse,
 *                        point), nearer ones ranked higher
 * @param after           the cursor of the last hit of the previous page, or null
 * @param counts          what is counted over every hit besides the page ({@link Count}); what a caller leaves out,
 *                        Elasticsearch need not compute (null: everything)
 */
public record BusinessQuery(String text, List<String> trades, List<String> townships, Integer minRatingRank,
                            List<String> statuses, LocalDate inspectedBefore, LatLon near, double radiusKm, Sort sort,
                            int size, String after, Set<Count> counts) {

    /** What a search can count over all its hits, beyond the page it returns. */
    public enum Count {
        /** How many match in all ({@link BusinessHits#total()}). */
        TOTAL,
        /** The facets ({@link BusinessHits#facets()}). */
        FACETS
    }

    public enum Sort {
        /** Text score blended with rating and, with {@code near}, distance. */
        RELEVANCE,
        /** Best rating first, then the higher inspection score; pending last. */
        RATING,
        /** Nearest first; needs {@code near}. */
        DISTANCE,
        /** By the registered name's pinyin. */
        NAME,
        /** Most recently inspected first; never inspected last. */
        LAST_INSPECTED
    }

    /** A search that counts everything (the total and the facets). */
    public BusinessQuery(String text, List<String> trades, List<String> townships, Integer minRatingRank,
                         List<String> statuses, LocalDate inspectedBefore, LatLon near, double radiusKm, Sort sort,
                         int size, String after) {
        this(text, trades, townships, minRatingRank, statuses, inspectedBefore, near, radiusKm, sort, size, after,
                null);
    }

    public BusinessQuery {
        counts = counts == null ? Set.copyOf(EnumSet.allOf(Count.class)) : Set.copyOf(counts);
        trades = trades == null ? List.of() : List.copyOf(trades);
        townships = townships == null ? List.of() : List.copyOf(townships);
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        sort = sort == null ? Sort.RELEVANCE : sort;
        if (sort == Sort.DISTANCE && near == null) {
            throw new IllegalArgumentException("DISTANCE needs a point");
        }
    }

    /** The same search, counting only these ({@link Count}). */
    public BusinessQuery counting(Set<Count> only) {
        return new BusinessQuery(text, trades, townships, minRatingRank, statuses, inspectedBefore, near, radiusKm,
                sort, size, after, only);
    }
}
