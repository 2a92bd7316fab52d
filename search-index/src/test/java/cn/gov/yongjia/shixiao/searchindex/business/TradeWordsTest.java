package cn.gov.yongjia.shixiao.searchindex.business;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TradeWordsTest {

    /** The ten trades of the register (schema enum {@code Trade}). */
    private static final List<String> TRADES = List.of("RESTAURANT", "FOOD_SHOP", "FOOD_WORKSHOP", "HOTEL", "KARAOKE",
            "INTERNET_CAFE", "BARBERSHOP", "BEAUTY_SALON", "BATHHOUSE", "CLINIC");

    @Test
    void everyTradeHasWordsLongestFirst() {
        for (String trade : TRADES) {
            assertThat(TradeWords.of(trade)).as(trade).isNotEmpty()
                    .isSortedAccordingTo(Comparator.comparingInt(String::length).reversed())
                    .allSatisfy(word -> assertThat(word).hasSizeGreaterThan(1));
        }
        assertThat(TradeWords.of("FERRY")).isEmpty();
    }

    @Test
    void aTradeWordIsTakenOutOfTheTextAndTheRestKept() {
        assertThat(TradeWords.in("理发 瓯北")).containsExactly(new TradeWords.Found("BARBERSHOP", "瓯北"));
        assertThat(TradeWords.in("桥头宾馆")).containsExactly(new TradeWords.Found("HOTEL", "桥头"));
        assertThat(TradeWords.in("网吧")).containsExactly(new TradeWords.Found("INTERNET_CAFE", ""));
    }

    @Test
    void theLongestWordOfATradeIsTakenWhole() {
        assertThat(TradeWords.in("小理发店")).as("the county's name of the trade, nothing left over")
                .containsExactly(new TradeWords.Found("BARBERSHOP", ""));
        assertThat(TradeWords.in("瓯北美容院")).containsExactly(new TradeWords.Found("BEAUTY_SALON", "瓯北"));
    }

    @Test
    void latinWordsMatchWhateverTheirCaseOrWidth() {
        assertThat(TradeWords.in("ktv")).containsExactly(new TradeWords.Found("KARAOKE", ""));
        assertThat(TradeWords.in("瓯北ＫＴＶ")).containsExactly(new TradeWords.Found("KARAOKE", "瓯北"));
    }

    @Test
    void wordsOfTwoTradesGiveEachTheOtherAsRest() {
        assertThat(TradeWords.in("美容美发")).containsExactly(new TradeWords.Found("BARBERSHOP", "美容"),
                new TradeWords.Found("BEAUTY_SALON", "美发"));
    }

    @Test
    void aDishIsNotATrade() {
        assertThat(TradeWords.in("兰州拉面")).isEmpty();
        assertThat(TradeWords.in("面馆")).isEmpty();
        assertThat(TradeWords.in("小吃")).isEmpty();
    }

    @Test
    void thePinyinOfAWordNamesItsTrade() {
        assertThat(TradeWords.spelt("lifa")).contains("BARBERSHOP");
        assertThat(TradeWords.spelt("lifadian")).contains("BARBERSHOP");
        assertThat(TradeWords.spelt("binguan")).contains("HOTEL");
        assertThat(TradeWords.spelt("wangba")).contains("INTERNET_CAFE");
        assertThat(TradeWords.spelt("ktv")).contains("KARAOKE");
    }

    @Test
    void onlyAWholeWordSpeltNamesATrade() {
        assertThat(TradeWords.spelt("li")).as("a part of a word").isEmpty();
        assertThat(TradeWords.spelt("lf")).as("initials").isEmpty();
        assertThat(TradeWords.spelt("lanzhou")).isEmpty();
        assertThat(TradeWords.spelt("lifaoubei")).as("a word with more after it").isEmpty();
    }
}
