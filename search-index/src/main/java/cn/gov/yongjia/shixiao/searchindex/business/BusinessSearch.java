package cn.gov.yongjia.shixiao.searchindex.business;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.gov.yongjia.shixiao.searchindex.FullWidthText;
import cn.gov.yongjia.shixiao.searchindex.SearchUnavailableException;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.GeoLocation;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldAndFormat;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldValueFactorModifier;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.json.JsonData;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Finds businesses. Chinese text works on the minimal Elasticsearch distribution: one token per Han character, every
 * character required; only when that finds nothing, a text of four or more characters is searched again with one in
 * four allowed missing (typos); a bigram subfield rewards adjacent characters; pinyin and initials (computed at index
 * time) are matched by prefix; a credit code matches exactly. docs/architecture.md ("Search on the minimal
 * Elasticsearch") explains the query and how relevance blends text, rating and distance.
 */
@Component
public class BusinessSearch {

    /** A unified social credit code: 18 digits and capitals (GB 32100), spaces allowed in the query. */
    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-Z]{18}");
    /** Fewer tokens than this: "one in four may be missing" still requires them all, so there is nothing to relax. */
    private static final int RELAXABLE_TOKENS = 4;
    private static final String FACETS = "facets";
    /** Elasticsearch's word for "no stored field at all, not even {@code _id}". */
    private static final String NO_STORED_FIELDS = "_none_";
    private static final String BUSINESS_ID = "businessId";
    private static final String NAME = "name.keyword";
    private static final String SHOP_SIGN_NAME = "shopSignName.keyword";
    private static final String LOCATION = "location";
    private static final String COARSE_LOCATION = "coarseLocation";
    /** What a hit needs, all kept as doc values (built once: every search asks for the same). */
    private static final List<FieldAndFormat> PAGE_FIELDS = Stream.of(BUSINESS_ID, NAME, SHOP_SIGN_NAME, LOCATION,
            COARSE_LOCATION).map(field -> FieldAndFormat.of(f -> f.field(field))).toList();
    /**
     * More combinations of trade, township and grade than there can be (10 trades × a few dozen townships × 5
     * grades), so the aggregation always returns every one.
     */
    private static final int FACET_KEYS = 10_000;
    /**
     * The score of a business found by its trade's word alone (理发: a 发艺): below one whose name holds a word of
     * the text, whose characters and adjacent pairs each score more, or whose pinyin begins with it (boost 3).
     */
    private static final float TRADE_ONLY_SCORE = 1f;
    /**
     * Added to the relevance of a business in the township the text names (and of one whose name holds the whole
     * text): above any score of text, rating and distance, so that these come first, each group in its own order.
     */
    private static final float PLACE_FIRST = 10_000f;

    private final ElasticsearchClient client;
    private final BusinessIndex index;
    private final ObjectProvider<PlaceNames> placeNames;
    /** Built on the first search (the townships are read from the register then, not at start-up). */
    private volatile PlaceWords places;

    BusinessSearch(ElasticsearchClient client, BusinessIndex index, ObjectProvider<PlaceNames> placeNames) {
        this.client = client;
        this.index = index;
        this.placeNames = placeNames;
    }

    /** Relevance-ordered first page, without filters other than the default ones (tests and simple callers). */
    public BusinessHits search(String text, int size) {
        return search(new BusinessQuery(text, null, null, null, null, null, null, 0, null, size, null));
    }

    /**
     * One page of hits.
     *
     * @throws IllegalArgumentException when {@code after} is not a cursor of this sort order
     */
    public BusinessHits search(BusinessQuery query) {
        try {
            Answer answer = answer(query);
            SearchResponse<Map> response = answer.response();
            List<Hit<Map>> raw = response.hits().hits();
            NameHighlighter highlighter = query.text() == null ? null : NameHighlighter.of(query.text());
            List<BusinessHits.Hit> hits = raw.stream().limit(query.size())
                    .map(hit -> hit(hit, query, highlighter))
                    .toList();
            long total = found(response);
            // approximate whenever the relaxed search found something, also on a page past its last hit
            return new BusinessHits(total, hits, raw.size() > query.size(), facets(response, query),
                    answer.relaxed() && total > 0);
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return new BusinessHits(0, List.of(), false, BusinessHits.Facets.NONE, false);
            }
            throw new SearchUnavailableException("Elasticsearch refused the search", e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch cannot be reached", e);
        }
    }

    /**
     * Elasticsearch's own answer to a search, before it becomes {@link BusinessHits}: the request with every
     * character of the text required and, only when that finds nothing and the text has four or more tokens, the
     * relaxed one (one in four may be missing: typos). The benchmark sends searches through here straight to
     * Elasticsearch, so that what it compares the API with is exactly what the API asks.
     *
     * @throws IllegalArgumentException when {@code after} is not a cursor of this sort order
     */
    public Answer answer(BusinessQuery query) throws IOException {
        SearchResponse<Map> response = client.search(request(query, false), Map.class);
        if (found(response) == 0 && relaxable(query)) {
            return new Answer(client.search(request(query, true), Map.class), true);
        }
        return new Answer(response, false);
    }

    /** Elasticsearch's response, and whether it answers the relaxed request (the strict one found nothing). */
    public record Answer(SearchResponse<Map> response, boolean relaxed) {
    }

    /** Whether a query has a text long enough (four tokens) for the relaxed request to find more. */
    private static boolean relaxable(BusinessQuery query) {
        return query.text() != null
                && NameHighlighter.TOKEN.matcher(query.text()).results().limit(RELAXABLE_TOKENS).count()
                == RELAXABLE_TOKENS;
    }

    /** How many hits a response counted. */
    private static long found(SearchResponse<?> response) {
        return response.hits().total() == null ? response.hits().hits().size() : response.hits().total().value();
    }

    private SearchRequest request(BusinessQuery query, boolean relaxed) {
        List<FieldValue> after = query.after() == null ? null : SearchCursor.decode(query.after(), query.sort());
        // ＫＴＶ and ２号 from an input method in full-width mode are KTV and 2号, as the names are written
        String folded = query.text() == null ? null : FullWidthText.toAscii(query.text()).strip();
        Optional<PlaceWords.Found> place = folded == null ? Optional.empty() : places().in(folded);
        Query text = textQuery(folded, relaxed, place);
        List<Query> base = baseFilters(query);
        Map<String, Query> facetFilters = facetFilters(query);
        Query matching = Query.of(q -> q.bool(b -> b.must(text).filter(base)));
        Query ranked = query.sort() == BusinessQuery.Sort.RELEVANCE
                ? placeFirst(blended(matching, query), folded, place)
                : matching;
        boolean total = query.counts().contains(BusinessQuery.Count.TOTAL);
        SearchRequest request = SearchRequest.of(s -> {
            s.index(index.alias())
                    .size(query.size() + 1)
                    // uncounted, Elasticsearch still says whether anything matches (on any page): the relaxed
                    // request depends on it, and it may then stop visiting hits that cannot reach the page
                    .trackTotalHits(t -> total ? t.enabled(true) : t.count(1))
                    // the page is read from doc values: loading _source, or even _id, decompresses a block of stored
                    // fields per hit (LZ4 alone was a seventh of Elasticsearch's CPU per search; docs/architecture.md)
                    .source(src -> src.fetch(false))
                    .storedFields(NO_STORED_FIELDS)
                    .docvalueFields(PAGE_FIELDS)
                    .query(ranked)
                    .sort(sortOptions(query));
            if (query.counts().contains(BusinessQuery.Count.FACETS)) {
                // every combination of trade, township and grade counted at once; FacetCounts adds them up
                s.aggregations(FACETS, a -> a.terms(t -> t.field("facetKey").size(FACET_KEYS)));
            }
            if (!facetFilters.isEmpty()) {
                s.postFilter(p -> p.bool(b -> b.filter(List.copyOf(facetFilters.values()))));
            }
            if (after != null) {
                s.searchAfter(after);
            }
            return s;
        });
        return request;
    }

    /**
     * Up to {@code size} businesses whose registered or shop-sign name starts with the prefix, typed in Chinese,
     * pinyin or initials (a word or syllable inside the name counts too, after the names that start with it). With
     * {@code near}, businesses nearer to it come first; businesses without a location still follow. Closed
     * businesses are not suggested.
     */
    public List<BusinessSuggestion> suggest(String prefix, LatLon near, int size) {
        String latin = PinyinTranscriber.latinQuery(prefix);
        String typed = latin.isEmpty() ? FullWidthText.toAscii(prefix).strip().toLowerCase(Locale.ROOT) : latin;
        if (typed.isEmpty()) {
            return List.of();
        }
        try {
            SearchResponse<Map> response = client.search(s -> {
                s.index(index.alias()).size(0)
                        .source(src -> src.filter(f -> f.includes("name", "shopSignName")))
                        .suggest(sg -> {
                            sg.suggesters("plain", f -> f.prefix(typed).completion(c -> c.field("suggest").size(size)));
                            if (near != null) {
                                GeoLocation origin = GeoLocation.of(g -> g.latlon(l -> l.lat(near.lat()).lon(near.lon())));
                                sg.suggesters("near", f -> f.prefix(typed).completion(c -> c.field("suggestNear")
                                        .size(size)
                                        .contexts("location", List.of(
                                                geoContext(origin, 1, 1),   // the whole region: everything located
                                                geoContext(origin, 4, 2),   // about 40 × 20 km
                                                geoContext(origin, 5, 4),   // about 5 × 5 km
                                                geoContext(origin, 6, 8))))); // about 1.2 × 0.6 km
                            }
                            return sg;
                        });
                return s;
            }, Map.class);
            Map<Long, BusinessSuggestion> merged = new LinkedHashMap<>();
            for (String name : List.of("near", "plain")) {
                for (Suggestion<Map> suggestion : response.suggest().getOrDefault(name, List.of())) {
                    for (CompletionSuggestOption<Map> option : suggestion.completion().options()) {
                        long id = Long.parseLong(option.id());
                        if (merged.size() < size && !merged.containsKey(id)) {
                            merged.put(id, new BusinessSuggestion(id, displayName(option)));
                        }
                    }
                }
            }
            return List.copyOf(merged.values());
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return List.of();
            }
            throw new SearchUnavailableException("Elasticsearch refused the suggestion", e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch cannot be reached", e);
        }
    }

    private static co.elastic.clients.elasticsearch.core.search.CompletionContext geoContext(GeoLocation origin,
                                                                                              int precision, double boost) {
        return co.elastic.clients.elasticsearch.core.search.CompletionContext.of(c -> c
                .context(x -> x.location(origin))
                .precision(p -> p.geohashLength(precision))
                .neighbours(p -> p.geohashLength(precision))
                .boost(boost));
    }

    /** The shop-sign name when the suggestion came from it alone, else the registered name. */
    private static String displayName(CompletionSuggestOption<Map> option) {
        Map<?, ?> source = option.source();
        String name = source == null ? null : (String) source.get("name");
        String shopSign = source == null ? null : (String) source.get("shopSignName");
        if (shopSign != null && BusinessDocument.suggestTextsOf(shopSign).contains(option.text())
                && !BusinessDocument.suggestTextsOf(name).contains(option.text())) {
            return shopSign;
        }
        return name;
    }

    /**
     * The text query (see docs/architecture.md). A hit must match one of: the names and the address character by
     * character, each character in any of them (every character; relaxed, beyond three characters one in four may be
     * missing: typos); its trade, when the text holds a word of it ({@link TradeWords}), and the rest of the text as
     * before, or its township when the rest names one ({@link PlaceWords}); the pinyin or initials by prefix, and the
     * trade whose word the pinyin spells whole (lifa); the credit code exactly. Adjacent characters (the bigram
     * subfield) only rank: alone they would let a shared pair of characters (面馆) match; with all three pairs of
     * 兰州拉面 matched a name holds the whole phrase, so no phrase query is needed (it read positions for every hit:
     * about a fifth of a search). No text (null) matches everything.
     *
     * @param text  the text with full-width letters and digits folded ({@link FullWidthText}), stripped; or null
     * @param place the township the text names, if any
     */
    static Query textQuery(String text, boolean relaxed, Optional<PlaceWords.Found> place) {
        if (text == null) {
            return Query.of(q -> q.matchAll(m -> m)); // browsing: the filters and the point alone decide
        }
        String latin = PinyinTranscriber.latinQuery(text);
        String compact = text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        String characters = relaxed ? "-25%" : "100%";
        List<Query> matches = new ArrayList<>();
        matches.add(namesAndAddress(text, characters));
        // a word of a trade (理发, 宾馆) finds the businesses of the trade whose names or address hold the rest
        List<TradeWords.Found> trades = TradeWords.in(text);
        for (TradeWords.Found found : trades) {
            matches.add(ofTrade(found, place, characters));
        }
        if (latin.length() >= 2) {
            String pinyin = latin.length() > BusinessDocument.MAX_PINYIN ? latin.substring(0, BusinessDocument.MAX_PINYIN) : latin;
            matches.add(Query.of(q -> q.prefix(p -> p.field("pinyin").value(pinyin).boost(3f))));
            matches.add(Query.of(q -> q.prefix(p -> p.field("pinyinInitials").value(pinyin).boost(2.5f))));
            // lifa finds every barbershop as 理发 does (ktv was found above, as a word)
            TradeWords.spelt(latin)
                    .filter(spelt -> trades.stream().noneMatch(found -> found.trade().equals(spelt)))
                    .ifPresent(spelt -> matches.add(tradeOnly(spelt)));
        }
        if (CREDIT_CODE.matcher(compact).matches()) {
            matches.add(Query.of(q -> q.term(t -> t.field("creditCode").value(compact).boost(20f))));
        }
        // the pairs found in either name add up: 兰州拉面 瓯北 ranks the 瓯北 shop with a 兰州拉面 sign (瓯北 in its
        // name) above a 兰州拉面 whose name holds 北 and whose street 瓯
        Query adjacent = Query.of(q -> q.multiMatch(m -> m.query(text).fields("name.bigram", "shopSignName.bigram")
                .type(TextQueryType.MostFields).boost(3f)));
        return Query.of(q -> q.bool(b -> b
                .must(m -> m.bool(any -> any.should(matches).minimumShouldMatch("1")))
                .should(adjacent)));
    }

    /**
     * The businesses of a trade the text names (理发) whose names or address hold the rest of the text; when the rest
     * names a township (瓯北, 桥头镇), those the register places in it, whatever their address says: 桥头宾馆 finds
     * the 民宿 of 桥头镇 also when its address does not say 桥头, and no longer a hotel elsewhere on a street called
     * 桥头路 (unless its name holds the words).
     */
    private static Query ofTrade(TradeWords.Found found, Optional<PlaceWords.Found> place, String characters) {
        if (found.rest().isEmpty()) {
            return tradeOnly(found.trade());
        }
        if (place.isPresent() && found.rest().contains(place.get().word())) {
            String rest = PlaceWords.without(found.rest(), place.get());
            Query inPlace = township(place.get().townshipCode());
            return rest.isEmpty()
                    ? Query.of(q -> q.constantScore(c -> c.filter(f -> f.bool(b -> b.filter(trade(found.trade()), inPlace)))
                            .boost(TRADE_ONLY_SCORE)))
                    : Query.of(q -> q.bool(b -> b.filter(trade(found.trade()), inPlace)
                            .must(namesAndAddress(rest, characters))));
        }
        return Query.of(q -> q.bool(b -> b.filter(trade(found.trade())).must(namesAndAddress(found.rest(), characters))));
    }

    /**
     * With a text that names a township, its businesses first, and any business whose registered or shop-sign name
     * holds the whole text (the hotel called 桥头宾馆 in 瓯北): both get {@link #PLACE_FIRST} on top of their
     * relevance. The place ranks, it does not filter: a match elsewhere still follows.
     */
    private static Query placeFirst(Query ranked, String text, Optional<PlaceWords.Found> place) {
        if (place.isEmpty()) {
            return ranked;
        }
        Query wholeTextInAName = Query.of(q -> q.multiMatch(m -> m.query(text).fields("name.bigram", "shopSignName.bigram")
                .type(TextQueryType.BestFields).operator(Operator.And)));
        Query first = Query.of(q -> q.constantScore(c -> c.filter(f -> f.bool(b -> b
                        .should(township(place.get().townshipCode()), wholeTextInAName)
                        .minimumShouldMatch("1")))
                .boost(PLACE_FIRST)));
        return Query.of(q -> q.bool(b -> b.must(ranked).should(first)));
    }

    private static Query township(String code) {
        return Query.of(q -> q.term(t -> t.field("townshipCode").value(code)));
    }

    /** The places a text may name, read once from {@link PlaceNames} (none without such a bean). */
    private PlaceWords places() {
        PlaceWords known = places;
        if (known == null) {
            PlaceNames names = placeNames.getIfAvailable();
            known = names == null ? PlaceWords.NONE : PlaceWords.of(names.byTownshipCode());
            places = known;
        }
        return known;
    }

    private static Query trade(String trade) {
        return Query.of(q -> q.term(t -> t.field("trade").value(trade)));
    }

    /** Every business of the trade, scoring below a name that holds the words or begins with their pinyin. */
    private static Query tradeOnly(String trade) {
        return Query.of(q -> q.constantScore(c -> c.filter(trade(trade)).boost(TRADE_ONLY_SCORE)));
    }

    /**
     * The text's characters in the names and the address, each in any of them: 兰州拉面 瓯北 finds the 兰州拉面 sign in
     * 瓯北 (name or address); a character found only in the address counts for less.
     */
    private static Query namesAndAddress(String text, String characters) {
        return Query.of(q -> q.multiMatch(m -> m.query(text).fields("name", "shopSignName", "address^0.3")
                .type(TextQueryType.CrossFields).minimumShouldMatch(characters)));
    }

    /** Filters that apply to hits and facets alike. */
    private static List<Query> baseFilters(BusinessQuery query) {
        List<Query> filters = new ArrayList<>();
        if (!query.statuses().isEmpty()) {
            filters.add(terms("status", query.statuses()));
        }
        if (query.inspectedBefore() != null) {
            filters.add(Query.of(q -> q.exists(e -> e.field("rating"))));
            filters.add(Query.of(q -> q.range(r -> r.date(d -> d.field("lastInspectedOn")
                    .lt(query.inspectedBefore().toString())))));
        }
        if (query.near() != null) {
            filters.add(Query.of(q -> q.geoDistance(g -> g.field("location")
                    .location(l -> l.latlon(p -> p.lat(query.near().lat()).lon(query.near().lon())))
                    .distance(query.radiusKm() + "km"))));
        }
        return filters;
    }

    /** Filters of the facet dimensions: applied after the facets are counted (post_filter). */
    private static Map<String, Query> facetFilters(BusinessQuery query) {
        Map<String, Query> filters = new LinkedHashMap<>();
        if (!query.trades().isEmpty()) {
            filters.put("trade", terms("trade", query.trades()));
        }
        if (!query.townships().isEmpty()) {
            filters.put("townshipCode", terms("townshipCode", query.townships()));
        }
        if (query.minRatingRank() != null) {
            filters.put("rating", Query.of(q -> q.range(r -> r.number(n -> n.field("ratingRank")
                    .gte((double) query.minRatingRank())))));
        }
        return filters;
    }

    /** One value (the default status, a single trade) as a plain {@code term}: cheaper than a one-value terms. */
    private static Query terms(String field, List<String> values) {
        if (values.size() == 1) {
            return Query.of(q -> q.term(t -> t.field(field).value(values.getFirst())));
        }
        return Query.of(q -> q.terms(t -> t.field(field)
                .terms(v -> v.value(values.stream().map(FieldValue::of).toList()))));
    }

    /**
     * Relevance = text score × (1 + 0.1 × rating rank) [× (0.5 + 0.5 × gauss(distance)) with a point]: a better
     * rating lifts a hit by up to 30 %, distance halves it at most; the text decides first.
     */
    private static Query blended(Query matching, BusinessQuery query) {
        Query rated = Query.of(q -> q.functionScore(fs -> fs
                .query(matching)
                .functions(f -> f.weight(1.0))
                .functions(f -> f.fieldValueFactor(v -> v.field("ratingRank").factor(0.1).missing(0.0)
                        .modifier(FieldValueFactorModifier.None)))
                .scoreMode(FunctionScoreMode.Sum)
                .boostMode(FunctionBoostMode.Multiply)));
        if (query.near() == null) {
            return rated;
        }
        String scale = Math.max(query.radiusKm() / 2, 0.05) + "km";
        return Query.of(q -> q.functionScore(fs -> fs
                .query(rated)
                .functions(f -> f.weight(0.5))
                .functions(f -> f.filter(x -> x.exists(e -> e.field("location"))).weight(0.5)
                        .gauss(g -> g.geo(geo -> geo.field("location").placement(p -> p
                                .origin(GeoLocation.of(o -> o.latlon(l -> l.lat(query.near().lat()).lon(query.near().lon()))))
                                .scale(scale).decay(0.5)))))
                .scoreMode(FunctionScoreMode.Sum)
                .boostMode(FunctionBoostMode.Multiply)));
    }

    private static List<SortOptions> sortOptions(BusinessQuery query) {
        List<SortOptions> sorts = new ArrayList<>();
        switch (query.sort()) {
            case RELEVANCE -> sorts.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
            case RATING -> {
                sorts.add(field("ratingRank", SortOrder.Desc));
                sorts.add(field("score", SortOrder.Desc));
                sorts.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
            }
            case DISTANCE -> sorts.add(SortOptions.of(s -> s.geoDistance(g -> g.field("location")
                    .location(l -> l.latlon(p -> p.lat(query.near().lat()).lon(query.near().lon())))
                    .order(SortOrder.Asc)
                    .unit(co.elastic.clients.elasticsearch._types.DistanceUnit.Kilometers))));
            case NAME -> sorts.add(field("sortName", SortOrder.Asc));
            case LAST_INSPECTED -> sorts.add(field("lastInspectedOn", SortOrder.Desc));
        }
        sorts.add(field("businessId", SortOrder.Asc)); // a total order, so search_after never skips or repeats
        return sorts;
    }

    private static SortOptions field(String name, SortOrder order) {
        return SortOptions.of(s -> s.field(f -> f.field(name).order(order).missing("_last")));
    }

    /** A hit of the response; with a text, its names with the text's tokens marked (null for a name without them). */
    private static BusinessHits.Hit hit(Hit<Map> hit, BusinessQuery query, NameHighlighter highlighter) {
        String cursor = SearchCursor.encode(query.sort(), hit.sort());
        Map<String, JsonData> fields = hit.fields();
        Double distance = null;
        JsonValue location = first(fields, LOCATION);
        if (query.near() != null && location instanceof JsonString point) {
            double km = query.near().distanceKm(LatLon.parse(point.getString()));
            distance = JsonValue.TRUE.equals(first(fields, COARSE_LOCATION))
                    ? (double) Math.round(km)
                    : Math.round(km * 100) / 100.0;
        }
        long businessId = ((JsonNumber) first(fields, BUSINESS_ID)).longValue();
        return new BusinessHits.Hit(businessId, hit.score() == null ? 0 : hit.score(), cursor, distance,
                highlighter == null ? null : highlighter.mark(text(first(fields, NAME))),
                highlighter == null ? null : highlighter.mark(text(first(fields, SHOP_SIGN_NAME))));
    }

    /** The first value of a doc-value field of a hit, or null when the document has none. */
    private static JsonValue first(Map<String, JsonData> fields, String field) {
        JsonData values = fields.get(field);
        if (values == null) {
            return null;
        }
        JsonArray array = values.toJson().asJsonArray();
        return array.isEmpty() ? null : array.getFirst();
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : null;
    }

    private static BusinessHits.Facets facets(SearchResponse<Map> response, BusinessQuery query) {
        var aggregate = response.aggregations().get(FACETS);
        if (aggregate == null || !aggregate.isSterms()) {
            return BusinessHits.Facets.NONE;
        }
        Map<FacetKey, Long> counts = new HashMap<>();
        for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
            counts.put(FacetKey.parse(bucket.key().stringValue()), bucket.docCount());
        }
        return FacetCounts.of(counts, query);
    }
}
