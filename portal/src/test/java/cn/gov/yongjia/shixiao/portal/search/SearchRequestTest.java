package cn.gov.yongjia.shixiao.portal.search;

import java.util.List;
import java.util.Map;

import cn.gov.yongjia.shixiao.schema.types.BusinessSearchSort;
import cn.gov.yongjia.shixiao.schema.types.RatingGrade;
import cn.gov.yongjia.shixiao.schema.types.Trade;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The URL holds the whole search, so a shared or bookmarked link shows the same search again. */
class SearchRequestTest {

    @Test
    void everyPartOfASearchSurvivesTheTripThroughTheUrl() {
        SearchRequest request = SearchRequest.of("兰州拉面").withTrade(Trade.RESTAURANT).withTownship("OUBEI")
                .withRatingAtLeast(RatingGrade.B).withIncludeClosed(true).near(28.03456, 120.65432);

        assertThat(request.url()).startsWith("search?q=").contains("trade=RESTAURANT", "township=OUBEI", "rating=B",
                "closed=1", "sort=distance", "lat=28.0346", "lon=120.6543");
        assertThat(SearchRequest.from(request.toQueryParameters())).isEqualTo(request);
        assertThat(SearchRequest.from(request.withSort(BusinessSearchSort.LAST_INSPECTED).toQueryParameters()).sort())
                .isEqualTo(BusinessSearchSort.LAST_INSPECTED);
    }

    @Test
    void anEmptySearchHasAnEmptyUrl() {
        assertThat(SearchRequest.empty().url()).isEqualTo("search");
        assertThat(SearchRequest.from(QueryParameters.empty())).isEqualTo(SearchRequest.empty());
    }

    @Test
    void whatCannotBeReadIsDroppedNotRefused() {
        SearchRequest request = SearchRequest.from(new QueryParameters(Map.of("q", List.of("  茶  "),
                "trade", List.of("SPACESHIP"), "rating", List.of("Z"), "township", List.of("<script>"),
                "sort", List.of("distance"), "lat", List.of("north"), "lon", List.of("120.6"))));

        assertThat(request.text()).isEqualTo("茶");
        assertThat(request.trade()).isNull();
        assertThat(request.ratingAtLeast()).isNull();
        assertThat(request.township()).isNull();
        assertThat(request.near()).isNull();
        assertThat(request.sort()).as("distance needs a point").isEqualTo(BusinessSearchSort.RELEVANCE);
    }

    @Test
    void leavingNearMeDropsTheDistanceOrderAndTheRadiusStaysInBounds() {
        SearchRequest near = SearchRequest.empty().near(28.0, 120.6);
        assertThat(near.sort()).isEqualTo(BusinessSearchSort.DISTANCE);
        assertThat(near.withoutNear().sort()).isEqualTo(BusinessSearchSort.RELEVANCE);
        assertThat(near.withoutNear().near()).isNull();
        assertThat(new SearchRequest.Near(28, 120, 500).radiusKm()).isEqualTo(20);
        assertThat(SearchRequest.of("拉".repeat(150)).text()).hasSize(100);
    }
}
