package cn.gov.yongjia.shixiao.searchindex.business;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words by which a search text names a township: its registered name (瓯北街道, 桥头镇) and that name without
 * the kind of township (瓯北, 桥头), as residents say it. Whole words, longest first, so 瓯北街道 is taken whole.
 */
final class PlaceWords {

    /** What a township's name ends with; what is left, of two characters or more, is what residents say. */
    private static final Pattern KIND = Pattern.compile("(街道|镇|乡)$");
    static final PlaceWords NONE = new PlaceWords(List.of());

    private final List<Found> words;

    private PlaceWords(List<Found> words) {
        this.words = words;
    }

    /** The words of the townships (name by code, as {@link PlaceNames#byTownshipCode()} gives them). */
    static PlaceWords of(Map<String, String> namesByCode) {
        return new PlaceWords(namesByCode.entrySet().stream()
                .flatMap(township -> wordsOf(township.getValue())
                        .map(word -> new Found(township.getKey(), word)))
                .distinct()
                .sorted(Comparator.comparingInt((Found found) -> found.word().length()).reversed()
                        .thenComparing(Found::word).thenComparing(Found::townshipCode))
                .toList());
    }

    /**
     * A township the text names, and the word that names it.
     *
     * @param townshipCode the township's code, as the index holds it
     * @param word         the word as the text holds it (瓯北, or 瓯北街道)
     */
    record Found(String townshipCode, String word) {
    }

    /** The first township (longest word first) whose word the text holds, if any. */
    Optional<Found> in(String text) {
        return words.stream().filter(found -> text.contains(found.word())).findFirst();
    }

    /** The text without the place's word (blank when the word was all of it). */
    static String without(String text, Found place) {
        return text.replace(place.word(), " ").strip();
    }

    private static Stream<String> wordsOf(String name) {
        if (name == null || name.isBlank()) {
            return Stream.empty();
        }
        String full = name.strip();
        String spoken = KIND.matcher(full).replaceFirst("");
        return spoken.length() >= 2 && !spoken.equals(full) ? Stream.of(full, spoken) : Stream.of(full);
    }
}
