package cn.gov.yongjia.shixiao.searchindex.business;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the business index holds of one business: derived from PostgreSQL, never edited in place. Field names are
 * those of {@code search-index/businesses.json}.
 *
 * @param location       where the business is; for a private residence only a point on a 0.01° grid (about 1 km),
 *                       never the exact one ({@code coarseLocation} true)
 * @param rating         grade A, B, C or RECTIFY; null (absent) while pending
 * @param ratingRank     A=3, B=2, C=1, RECTIFY=0; absent while pending, so "at least C" is a range query
 * @param pinyin         full pinyin from each syllable on, of the registered and the shop-sign name
 * @param pinyinInitials initials from each syllable on, of both names
 * @param sortName       the registered name's pinyin, spaced by syllable: sorting by it orders names as a Chinese
 *                       index does (by pinyin), not by Unicode code point
 * @param suggest        autocomplete inputs (names, pinyin, initials, from the start and from inside the name)
 * @param suggestNear    the same inputs for the field with a geo context; absent without a location (a context field
 *                       refuses a document without context)
 * @param facetKey       trade, township and grade in one keyword ({@link FacetKey}): the facets are one aggregation
 * @param version        grows with every change of the business in PostgreSQL; Elasticsearch keeps the highest
 *                       version it has seen, so an old or repeated change can never overwrite a newer one
 */
public record BusinessDocument(long businessId, String globalId, String name, String shopSignName, String address,
                               String creditCode, String trade, String townshipCode, String status, LatLon location,
                               boolean coarseLocation, String rating, Integer ratingRank, Integer score,
                               LocalDate lastInspectedOn, boolean demo, List<String> pinyin,
                               List<String> pinyinInitials, String sortName, List<SuggestInput> suggest,
                               List<SuggestInput> suggestNear, String facetKey, Instant updatedAt, long version) {

    /** Longest pinyin (or initials) value kept; prefix queries never need more. */
    static final int MAX_PINYIN = 60;
    /** Elasticsearch's default {@code max_input_length} of a completion field. */
    static final int MAX_SUGGEST_INPUT = 50;
    /** Suggestions start at most at this many places inside a name. */
    private static final int MAX_INNER_STARTS = 12;

    /** One group of completion inputs that share a weight. */
    public record SuggestInput(List<String> input, int weight) {
    }

    public static BusinessDocument from(BusinessFacts facts) {
        Integer rank = rankOf(facts.ratingGrade());
        LatLon location = facts.location() == null ? null
                : facts.privateResidence() ? facts.location().coarse() : facts.location();
        List<String> names = facts.shopSignName() == null || facts.shopSignName().isBlank()
                || facts.shopSignName().equals(facts.name())
                ? List.of(facts.name()) : List.of(facts.name(), facts.shopSignName());
        Set<String> pinyin = new LinkedHashSet<>();
        Set<String> initials = new LinkedHashSet<>();
        for (String name : names) {
            pinyin.addAll(PinyinTranscriber.fullFromEachSyllable(name, MAX_PINYIN));
            initials.addAll(PinyinTranscriber.initialsFromEachSyllable(name, MAX_PINYIN));
        }
        List<SuggestInput> suggest = "CLOSED".equals(facts.status()) ? null : suggestInputs(names, rank);
        return new BusinessDocument(facts.businessId(), facts.globalId(), facts.name(), facts.shopSignName(),
                facts.address(), facts.creditCode(), facts.trade(), facts.townshipCode(), facts.status(), location,
                facts.privateResidence() && location != null, facts.ratingGrade(), rank, facts.ratingScore(),
                facts.lastInspectedOn(), facts.demo(), List.copyOf(pinyin), List.copyOf(initials),
                String.join(" ", PinyinTranscriber.syllables(facts.name())) + " " + facts.name(), suggest,
                location == null ? null : suggest,
                new FacetKey(facts.trade(), facts.townshipCode(), facts.ratingGrade()).value(), facts.updatedAt(),
                facts.version());
    }

    /** A=3, B=2, C=1, RECTIFY=0, pending null. */
    public static Integer rankOf(String grade) {
        if (grade == null) {
            return null;
        }
        return switch (grade) {
            case "A" -> 3;
            case "B" -> 2;
            case "C" -> 1;
            case "RECTIFY" -> 0;
            default -> throw new IllegalArgumentException("Unknown grade " + grade);
        };
    }

    /**
     * Completion inputs: each name, its full pinyin and initials from the start (weight 10), and from inside the
     * name: each Han character, word or syllable on (weight 4), so 兰州 suggests 瓯北兰州拉面馆 too, after names that
     * start with it. A better rating adds up to 3. Closed businesses get none: autocomplete is for finding a shop.
     */
    static List<SuggestInput> suggestInputs(List<String> names, Integer rank) {
        int bonus = rank == null ? 0 : rank;
        Set<String> starts = new LinkedHashSet<>();
        Set<String> inner = new LinkedHashSet<>();
        for (String name : names) {
            List<String> fromEachStart = fromEachStart(name);
            for (int i = 0; i < fromEachStart.size(); i++) {
                (i == 0 ? starts : inner).add(fromEachStart.get(i));
            }
            List<String> pinyin = PinyinTranscriber.fullFromEachSyllable(name, MAX_SUGGEST_INPUT);
            List<String> initials = PinyinTranscriber.initialsFromEachSyllable(name, MAX_SUGGEST_INPUT);
            for (int i = 0; i < pinyin.size() && i <= MAX_INNER_STARTS; i++) {
                (i == 0 ? starts : inner).add(pinyin.get(i));
            }
            for (int i = 0; i < initials.size() && i <= MAX_INNER_STARTS; i++) {
                if (initials.get(i).length() >= 2) {
                    (i == 0 ? starts : inner).add(initials.get(i));
                }
            }
        }
        inner.removeAll(starts);
        inner.removeIf(String::isEmpty);
        starts.removeIf(String::isEmpty);
        List<SuggestInput> inputs = new ArrayList<>(2);
        if (!starts.isEmpty()) {
            inputs.add(new SuggestInput(List.copyOf(starts), 10 + bonus));
        }
        if (!inner.isEmpty()) {
            inputs.add(new SuggestInput(List.copyOf(inner), 4 + bonus));
        }
        return inputs;
    }

    /** Every completion input one name gives (to tell which name a suggestion came from). */
    static Set<String> suggestTextsOf(String name) {
        if (name == null || name.isBlank()) {
            return Set.of();
        }
        Set<String> texts = new LinkedHashSet<>();
        suggestInputs(List.of(name), null).forEach(group -> texts.addAll(group.input()));
        return texts;
    }

    /**
     * The name lowercased from the start, and from each Han character or word inside it (at most
     * {@value #MAX_INNER_STARTS} places), each cut to {@value #MAX_SUGGEST_INPUT} characters.
     */
    private static List<String> fromEachStart(String name) {
        String text = name.strip().toLowerCase(Locale.ROOT);
        List<String> result = new ArrayList<>();
        int inner = 0;
        for (int i = 0; i < text.length() && inner <= MAX_INNER_STARTS; i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            boolean wordStart = Character.isLetterOrDigit(c)
                    && (i == 0 || !Character.isLetterOrDigit(text.codePointBefore(i))
                    || Character.UnicodeScript.of(text.codePointBefore(i)) == Character.UnicodeScript.HAN);
            if (i == 0 || han || wordStart) {
                String rest = text.substring(i);
                result.add(rest.length() > MAX_SUGGEST_INPUT ? rest.substring(0, MAX_SUGGEST_INPUT) : rest);
                if (i > 0) {
                    inner++;
                }
            }
        }
        return result;
    }
}
