package cn.gov.yongjia.shixiao.searchindex.business;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import cn.gov.yongjia.shixiao.searchindex.FullWidthText;

/**
 * The words residents use for each of the ten trades, so that 理发 瓯北 finds the barbershops of 瓯北 whose names say
 * 发艺 or 美发店, and 宾馆 the 旅馆 and 客栈 too. Whole words, found in the query text, not characters: the index is
 * not asked to match 馆 of 宾馆 against every 面馆. Only words for the whole trade, among them the county's own names
 * (小理发店); a kind of dish (面馆, 小吃) must be in a shop's own name to match. A query typed in pinyin names the
 * trade when it spells one of its words whole ({@code lifa}, {@code binguan}).
 */
final class TradeWords {

    /**
     * Per trade, in code order, its words, longest first: 小理发店 is taken whole, not as 理发 with 小 and 店 left
     * over. Sorted once here, not on every search.
     */
    private static final SortedMap<String, List<String>> WORDS = new TreeMap<>(Map.of(
            "RESTAURANT", longestFirst("小餐饮", "餐馆", "饭馆", "饭店", "餐厅", "餐饮"),
            "FOOD_SHOP", longestFirst("小食品店", "食品店", "食杂店", "副食品", "便利店", "超市"),
            "FOOD_WORKSHOP", longestFirst("小作坊", "作坊", "加工坊", "食品加工"),
            "HOTEL", longestFirst("小旅馆", "旅馆", "宾馆", "酒店", "旅店", "客栈", "民宿", "住宿"),
            "KARAOKE", longestFirst("小歌舞厅", "歌舞厅", "歌厅", "舞厅", "KTV", "卡拉OK"),
            "INTERNET_CAFE", longestFirst("小网吧", "网吧", "网咖", "网络会所", "上网"),
            "BARBERSHOP", longestFirst("小理发店", "理发店", "理发", "美发", "发艺", "发型", "发廊"),
            "BEAUTY_SALON", longestFirst("小美容店", "美容店", "美容院", "美容", "美甲", "美体"),
            "BATHHOUSE", longestFirst("小浴室", "浴室", "澡堂", "洗浴", "浴池"),
            "CLINIC", longestFirst("小诊所", "诊所", "卫生室", "医务室", "门诊")));

    /** Each word's full pinyin (lifa, binguan, ktv) and its trade; two trades never share one (the map refuses it). */
    private static final Map<String, String> BY_PINYIN = WORDS.entrySet().stream()
            .flatMap(trade -> trade.getValue().stream().map(word -> Map.entry(PinyinTranscriber.full(word), trade.getKey())))
            .distinct()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private TradeWords() {
    }

    /**
     * A trade whose word the text holds, and the text without that word (blank when the word was all of it).
     *
     * @param trade the trade's code, as the index holds it
     * @param rest  the rest of the text, which the business's names or address must still match
     */
    record Found(String trade, String rest) {
    }

    /** Each trade (in code order) with a word in the text: its longest such word taken out. */
    static List<Found> in(String text) {
        String folded = foldLatin(text);
        List<Found> found = new ArrayList<>();
        WORDS.forEach((trade, words) -> words.stream()
                .filter(folded::contains)
                .findFirst()
                .ifPresent(word -> {
                    int at = folded.indexOf(word);
                    String rest = folded.substring(0, at) + " " + folded.substring(at + word.length());
                    found.add(new Found(trade, rest.strip()));
                }));
        return found;
    }

    /**
     * The trade one of whose words the pinyin spells whole: {@code lifa} (理发), {@code binguan} (宾馆); none for any
     * other pinyin, a part of a word or initials.
     *
     * @param pinyin as {@link PinyinTranscriber#latinQuery} makes a query typed in Latin letters
     */
    static Optional<String> spelt(String pinyin) {
        return Optional.ofNullable(BY_PINYIN.get(pinyin));
    }

    /** The words of a trade, longest first; none for a code that is not one of the ten. */
    static List<String> of(String trade) {
        return WORDS.getOrDefault(trade, List.of());
    }

    /** Full-width Latin letters and digits as ASCII, letters upper case (ｋｔｖ, ktv: KTV), as the words are written. */
    private static String foldLatin(String text) {
        return FullWidthText.toAscii(text).toUpperCase(Locale.ROOT);
    }

    private static List<String> longestFirst(String... words) {
        return Arrays.stream(words).sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
