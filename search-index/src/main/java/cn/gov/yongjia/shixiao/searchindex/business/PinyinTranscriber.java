package cn.gov.yongjia.shixiao.searchindex.business;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.gov.yongjia.shixiao.searchindex.FullWidthText;
import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;

/**
 * Pinyin of Chinese names, computed in Java at index time because the minimal Elasticsearch has no pinyin plugin.
 * Uses houbb's pinyin (Apache-2.0), which reads polyphones by their word (重庆 chongqing, 银行 yinhang). Letters and
 * digits pass through lowercased; everything else (spaces, punctuation) is dropped.
 * <p>
 * A name becomes one <em>syllable</em> per Han character ({@code 兰州拉面} → lan, zhou, la, mian) and one per run of
 * letters or digits ({@code KTV} → ktv). Searches match a query against the syllables from any syllable on
 * ({@link #fullFromEachSyllable}), so "lanzhou" finds 瓯北兰州拉面馆 without an n-gram tokenizer.
 */
public final class PinyinTranscriber {

    private PinyinTranscriber() {
    }

    /** The syllables of the text, lowercase, without tones; empty for a text with no letters, digits or Han. */
    public static List<String> syllables(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String spaced = PinyinHelper.toPinyin(FullWidthText.toAscii(text), PinyinStyleEnum.NORMAL);
        List<String> syllables = new ArrayList<>();
        for (String token : spaced.split("\\s+")) {
            String clean = normalize(token);
            if (!clean.isEmpty()) {
                syllables.add(clean);
            }
        }
        return syllables;
    }

    /** The full pinyin without spaces: {@code 兰州拉面} → {@code lanzhoulamian}. */
    public static String full(String text) {
        return String.join("", syllables(text));
    }

    /** The initials: {@code 兰州拉面} → {@code lzlm}; a run of letters or digits keeps its first character. */
    public static String initials(String text) {
        StringBuilder initials = new StringBuilder();
        syllables(text).forEach(s -> initials.append(s.charAt(0)));
        return initials.toString();
    }

    /**
     * The full pinyin from each syllable to the end, at most {@code maxLength} characters each: {@code 瓯北兰州} →
     * oubeilanzhou, beilanzhou, lanzhou, zhou. A prefix query on these finds a name by any run of its syllables.
     */
    public static List<String> fullFromEachSyllable(String text, int maxLength) {
        return fromEach(syllables(text), maxLength);
    }

    /** The initials from each syllable to the end: {@code 瓯北兰州拉面} → oblzlm, blzlm, lzlm, zlm, lm, m. */
    public static List<String> initialsFromEachSyllable(String text, int maxLength) {
        return fromEach(syllables(text).stream().map(s -> s.substring(0, 1)).toList(), maxLength);
    }

    /**
     * How a query typed in Latin letters compares with the pinyin fields: lowercase, without spaces, apostrophes
     * (xi'an) and other separators. Empty when the query holds anything but ASCII letters, digits and separators.
     */
    public static String latinQuery(String query) {
        if (query == null) {
            return "";
        }
        String folded = FullWidthText.toAscii(query).strip();
        if (!folded.matches("[A-Za-z0-9][A-Za-z0-9 '’·\\-_.]*")) {
            return "";
        }
        return normalize(folded);
    }

    private static List<String> fromEach(List<String> parts, int maxLength) {
        List<String> result = new ArrayList<>(parts.size());
        for (int start = 0; start < parts.size(); start++) {
            StringBuilder joined = new StringBuilder();
            for (int i = start; i < parts.size() && joined.length() < maxLength; i++) {
                joined.append(parts.get(i));
            }
            String value = joined.length() > maxLength ? joined.substring(0, maxLength) : joined.toString();
            if (!result.contains(value)) {
                result.add(value);
            }
        }
        return result;
    }

    private static String normalize(String token) {
        StringBuilder clean = new StringBuilder(token.length());
        for (char c : FullWidthText.toAscii(token).toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                clean.append(c);
            } else if (c == 'ü') {
                clean.append('v'); // lü → lv, as pinyin keyboards type it
            }
        }
        return clean.toString();
    }
}
