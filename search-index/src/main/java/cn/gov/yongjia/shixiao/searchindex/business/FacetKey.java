package cn.gov.yongjia.shixiao.searchindex.business;

/**
 * The three facet dimensions of one business in one keyword ({@code facetKey}: trade, township code, grade, joined by
 * {@code |}; an absent value is empty). One terms aggregation over it counts every combination of the three at the
 * cost of one, and {@link FacetCounts} adds the combinations up into the three facets, filters included.
 *
 * @param rating the grade, null while pending
 */
record FacetKey(String trade, String townshipCode, String rating) {

    private static final char SEPARATOR = '|';

    /** The indexed keyword. */
    String value() {
        return orEmpty(trade) + SEPARATOR + orEmpty(townshipCode) + SEPARATOR + orEmpty(rating);
    }

    /** The key an indexed keyword stands for. */
    static FacetKey parse(String value) {
        int first = value.indexOf(SEPARATOR);
        int second = value.indexOf(SEPARATOR, first + 1);
        if (first < 0 || second < 0) {
            throw new IllegalArgumentException("Not a facet key: " + value);
        }
        return new FacetKey(orNull(value.substring(0, first)), orNull(value.substring(first + 1, second)),
                orNull(value.substring(second + 1)));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String orNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
