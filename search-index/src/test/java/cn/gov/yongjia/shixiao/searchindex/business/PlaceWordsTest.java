package cn.gov.yongjia.shixiao.searchindex.business;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceWordsTest {

    private final PlaceWords places = PlaceWords.of(Map.of("OUBEI", List.of("瓯北街道", "瓯北"),
            "QIAOTOU", List.of("桥头镇", "桥头"), "DARUOYAN", List.of("大若岩镇", "大若岩"),
            "JIEKENG", List.of("界坑乡", "界坑"), "WEST", List.of("西乡")));

    @Test
    void aTownshipIsNamedByItsRegisteredNameOrWithoutItsKind() {
        assertThat(places.in("理发 瓯北")).contains(new PlaceWords.Found("OUBEI", "瓯北"));
        assertThat(places.in("桥头宾馆")).contains(new PlaceWords.Found("QIAOTOU", "桥头"));
        assertThat(places.in("大若岩小吃")).contains(new PlaceWords.Found("DARUOYAN", "大若岩"));
        assertThat(places.in("界坑 餐馆")).contains(new PlaceWords.Found("JIEKENG", "界坑"));
    }

    @Test
    void theRegisteredNameIsTakenWholeSoNothingOfItIsLeftOver() {
        assertThat(places.in("瓯北街道理发")).contains(new PlaceWords.Found("OUBEI", "瓯北街道"));
        assertThat(PlaceWords.without("瓯北街道理发", places.in("瓯北街道理发").orElseThrow())).isEqualTo("理发");
        assertThat(PlaceWords.without("桥头", places.in("桥头").orElseThrow())).isEmpty();
    }

    @Test
    void aTextWithoutAPlaceNamesNone() {
        assertThat(places.in("兰州拉面")).isEmpty();
        assertThat(places.in("瓯江路")).as("one character of a place is not the place").isEmpty();
        assertThat(places.in("西餐厅")).as("a kind's name left with one character is only said whole").isEmpty();
        assertThat(places.in("西乡小吃")).contains(new PlaceWords.Found("WEST", "西乡"));
        assertThat(PlaceWords.NONE.in("理发 瓯北")).isEmpty();
    }
}
