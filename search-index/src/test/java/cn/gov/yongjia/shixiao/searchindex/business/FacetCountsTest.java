package cn.gov.yongjia.shixiao.searchindex.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FacetCountsTest {

    /** Hits before the facet filters: barbers and hotels in two townships, some rated, some pending. */
    private static final Map<FacetKey, Long> COUNTS = Map.of(
            new FacetKey("BARBERSHOP", "OUBEI", "A"), 5L,
            new FacetKey("BARBERSHOP", "OUBEI", "C"), 3L,
            new FacetKey("BARBERSHOP", "QIAOTOU", null), 2L,
            new FacetKey("HOTEL", "OUBEI", "B"), 4L,
            new FacetKey("HOTEL", "QIAOTOU", "RECTIFY"), 1L);

    @Test
    void withoutFiltersEachDimensionCountsEveryHitMostFirst() {
        BusinessHits.Facets facets = FacetCounts.of(COUNTS, query(List.of(), List.of(), null));

        assertThat(facets.trades()).containsExactly(bucket("BARBERSHOP", 10), bucket("HOTEL", 5));
        assertThat(facets.townships()).containsExactly(bucket("OUBEI", 12), bucket("QIAOTOU", 3));
        assertThat(facets.ratings()).containsExactly(bucket("A", 5), bucket("B", 4), bucket("C", 3),
                bucket(null, 2), bucket("RECTIFY", 1));
    }

    @Test
    void eachDimensionLeavesOutItsOwnFilterAndAppliesTheOthers() {
        BusinessHits.Facets facets = FacetCounts.of(COUNTS, query(List.of("BARBERSHOP"), List.of("OUBEI"), 1));

        // trades: in OUBEI, rated C or better
        assertThat(facets.trades()).containsExactly(bucket("BARBERSHOP", 8), bucket("HOTEL", 4));
        // townships: barbers rated C or better (the pending one in QIAOTOU is not)
        assertThat(facets.townships()).containsExactly(bucket("OUBEI", 8));
        // ratings: barbers in OUBEI, every grade
        assertThat(facets.ratings()).containsExactly(bucket("A", 5), bucket("C", 3));
    }

    @Test
    void equalCountsAreOrderedByValueAsATermsAggregationOrdersThem() {
        Map<FacetKey, Long> counts = Map.of(new FacetKey("HOTEL", "QIAOTOU", null), 2L,
                new FacetKey("BATHHOUSE", "OUBEI", "RECTIFY"), 2L);

        BusinessHits.Facets facets = FacetCounts.of(counts, query(List.of(), List.of(), null));

        assertThat(facets.trades()).containsExactly(bucket("BATHHOUSE", 2), bucket("HOTEL", 2));
        assertThat(facets.ratings()).as("pending sorts as PENDING did").containsExactly(bucket(null, 2),
                bucket("RECTIFY", 2));
    }

    @Test
    void aKeyReadsBackAsWritten() {
        FacetKey pending = new FacetKey("KARAOKE", "SANJIANG", null);

        assertThat(pending.value()).isEqualTo("KARAOKE|SANJIANG|");
        assertThat(FacetKey.parse(pending.value())).isEqualTo(pending);
        assertThat(FacetKey.parse("HOTEL||B")).isEqualTo(new FacetKey("HOTEL", null, "B"));
        assertThatThrownBy(() -> FacetKey.parse("HOTEL")).isInstanceOf(IllegalArgumentException.class);
    }

    private static BusinessQuery query(List<String> trades, List<String> townships, Integer minRatingRank) {
        return new BusinessQuery("理发", trades, townships, minRatingRank, null, null, null, 0, null, 20, null);
    }

    private static BusinessHits.Bucket bucket(String value, long count) {
        return new BusinessHits.Bucket(value, count);
    }
}
