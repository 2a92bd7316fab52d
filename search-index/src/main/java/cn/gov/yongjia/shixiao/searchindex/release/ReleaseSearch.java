package cn.gov.yongjia.shixiao.searchindex.release;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import cn.gov.yongjia.shixiao.searchindex.FullWidthText;
import cn.gov.yongjia.shixiao.searchindex.SearchUnavailableException;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import org.springframework.stereotype.Component;

/**
 * Full-text search over the public releases in Chinese, on the standard tokenizer only (one token per Han
 * character, see the business search): a hit must match the title, summary, body, keywords or document number
 * character by character (up to three characters all, beyond that one in four may be missing); matching the whole
 * phrase and adjacent characters (the bigram subfields) ranks higher, a title match highest. Drafts and scheduled
 * releases are in the index too (the index mirrors the record) but never found.
 */
@Component
public class ReleaseSearch {

    private static final List<String> PUBLIC_STATES = List.of("PUBLISHED", "WITHDRAWN");

    private final ElasticsearchClient client;
    private final ReleaseIndex index;

    ReleaseSearch(ElasticsearchClient client, ReleaseIndex index) {
        this.client = client;
        this.index = index;
    }

    /** Filters: empty lists and null mean any. */
    public record Filter(List<String> categories, List<String> issuers, String language) {
    }

    /** A page of published (and withdrawn) releases; full-width letters and digits of the text count as ASCII. */
    public ReleaseHits search(String typed, Filter filter, int offset, int size) {
        index.ensureExists();
        String text = FullWidthText.toAscii(typed);
        List<Query> filters = new ArrayList<>();
        filters.add(Query.of(q -> q.terms(t -> t.field("state").terms(v -> v.value(values(PUBLIC_STATES))))));
        if (!filter.categories().isEmpty()) {
            filters.add(Query.of(q -> q.terms(t -> t.field("category").terms(v -> v.value(values(filter.categories()))))));
        }
        if (!filter.issuers().isEmpty()) {
            filters.add(Query.of(q -> q.terms(t -> t.field("issuer").terms(v -> v.value(values(filter.issuers()))))));
        }
        if (filter.language() != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("language").value(filter.language()))));
        }
        Query must = Query.of(q -> q.multiMatch(m -> m.query(text).type(TextQueryType.BestFields)
                .fields("title^3", "keywords^2", "summary^1.5", "body", "documentNumber^2")
                .minimumShouldMatch("-25%")));
        Query query = Query.of(q -> q.bool(b -> b.must(must).filter(filters)
                .should(s -> s.matchPhrase(p -> p.field("title").query(text).boost(6f)))
                .should(s -> s.matchPhrase(p -> p.field("body").query(text).boost(2f)))
                .should(s -> s.match(p -> p.field("title.bigram").query(text).boost(3f)))
                .should(s -> s.match(p -> p.field("summary.bigram").query(text).boost(1.5f)))
                .should(s -> s.match(p -> p.field("body.bigram").query(text)))
                .should(s -> s.term(t -> t.field("keywords.keyword").value(text).boost(4f)))));
        try {
            SearchResponse<Void> response = client.search(s -> s.index(index.alias()).query(query).from(offset).size(size + 1)
                            .trackTotalHits(t -> t.enabled(true)).source(src -> src.fetch(false))
                            .sort(so -> so.score(sc -> sc)).sort(so -> so.field(f -> f.field("publishedAt")
                                    .order(co.elastic.clients.elasticsearch._types.SortOrder.Desc)))
                            .highlight(h -> h.preTags("<em>").postTags("</em>").encoder(HighlighterEncoder.Html)
                                    .fields(co.elastic.clients.util.NamedValue.of("title",
                                            co.elastic.clients.elasticsearch.core.search.HighlightField.of(f -> f.numberOfFragments(0)))))
                    , Void.class);
            List<ReleaseHits.Hit> hits = new ArrayList<>();
            var found = response.hits().hits();
            for (int i = 0; i < Math.min(size, found.size()); i++) {
                var hit = found.get(i);
                List<String> highlight = hit.highlight().get("title");
                hits.add(new ReleaseHits.Hit(Long.parseLong(hit.id()), hit.score() == null ? 0 : hit.score(), offset + i,
                        highlight == null || highlight.isEmpty() ? null : highlight.getFirst().replace("</em><em>", "")));
            }
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            return new ReleaseHits(total, hits, found.size() > size);
        } catch (ElasticsearchException e) {
            throw new SearchUnavailableException("Elasticsearch refused the release search", e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch cannot be reached", e);
        }
    }

    private static List<FieldValue> values(List<String> values) {
        return values.stream().map(FieldValue::of).toList();
    }
}
