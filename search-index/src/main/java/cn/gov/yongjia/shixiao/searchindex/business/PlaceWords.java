package cn.gov.yongjia.shixiao.searchindex.business;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words by which a search text names a township ({@link PlaceNames}: its registered name, 瓯北街道, and the name
 * residents say, 瓯北). Whole words, longest first, so 瓯北街道 is taken whole.
 */
final class PlaceWords {

    static final PlaceWords NONE = new PlaceWords(List.of());

    private final List<Found> words;

    private PlaceWords(List<Found> words) {
        this.words = words;
    }

    /** The words of the townships (names by code, as {@link PlaceNames#byTownshipCode()} gives them). */
    static PlaceWords of(Map<String, List<String>> namesByCode) {
        return new PlaceWords(namesByCode.entrySet().stream()
                .flatMap(township -> township.getValue().stream()
                        .filter(word -> word != null && !word.isBlank())
                        .map(word -> new Found(township.getKey(), word.strip())))
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
}
