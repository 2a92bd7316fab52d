package cn.gov.yongjia.shixiao.portal.release;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.yongjia.shixiao.schema.types.ReleaseLanguage;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseListRequestTest {

    @Test
    void theUrlHoldsTheWholeStateAndReadsBackTheSame() {
        ReleaseListRequest request = ReleaseListRequest.empty().withText(" 食品安全 ").withCategory("NOTICE")
                .withIssuer("COUNTY_GOVERNMENT_OFFICE").withDates(LocalDate.of(2010, 1, 1), LocalDate.of(2010, 12, 31))
                .withLanguage(ReleaseLanguage.ZH).after("cursor-1");

        assertThat(ReleaseListRequest.from(request.toQueryParameters())).isEqualTo(request);
        assertThat(request.toQueryParameters().getParameters()).containsOnlyKeys("q", "category", "issuer", "from",
                "until", "lang", "after");
        assertThat(request.text()).isEqualTo("食品安全");
        assertThat(request.searching()).isTrue();
        assertThat(ReleaseListRequest.empty().url()).isEqualTo("releases");
    }

    @Test
    void changingAFilterStartsAgainAtTheFirstPage() {
        ReleaseListRequest paged = ReleaseListRequest.empty().after("cursor-1");

        assertThat(paged.withCategory("NOTICE").after()).isNull();
        assertThat(paged.withText("通知").after()).isNull();
        assertThat(paged.withLanguage(ReleaseLanguage.EN).after()).isNull();
        assertThat(paged.firstPage().after()).isNull();
    }

    @Test
    void dropsWhatItCannotReadAndOrdersTheDates() {
        ReleaseListRequest request = ReleaseListRequest.from(new QueryParameters(Map.of(
                "category", List.of("not a code"), "issuer", List.of("<script>"), "from", List.of("2011-02-30"),
                "until", List.of("2010-05-01"), "lang", List.of("fr"), "after", List.of(" "))));

        assertThat(request).isEqualTo(new ReleaseListRequest("", null, null, null, LocalDate.of(2010, 5, 1), null, null));
        assertThat(ReleaseListRequest.empty().withDates(LocalDate.of(2011, 1, 1), LocalDate.of(2010, 1, 1)))
                .extracting(r -> r.from(), r -> r.until())
                .containsExactly(LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1));
    }
}
