package cn.gov.yongjia.shixiao.searchindex.business;

import java.io.IOException;

import cn.gov.yongjia.shixiao.searchindex.SearchUnavailableException;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.springframework.stereotype.Component;

/**
 * Finds businesses by name. Chinese text works on the minimal Elasticsearch distribution: one token per Han
 * character (all required up to three characters; beyond, one in four may be missing, for typos), phrase matches
 * boosted, and a bigram subfield that rewards adjacent characters.
 */
@Component
public class BusinessSearch {

    private final ElasticsearchClient client;
    private final BusinessIndex index;

    BusinessSearch(ElasticsearchClient client, BusinessIndex index) {
        this.client = client;
        this.index = index;
    }

    public BusinessHits search(String text, int size) {
        try {
            SearchResponse<BusinessDocument> response = client.search(s -> s
                    .index(index.alias())
                    .size(size)
                    .trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.fetch(false))
                    .query(q -> q.bool(b -> b
                            .should(sh -> sh.matchPhrase(m -> m.field("name").query(text).boost(4f)))
                            .should(sh -> sh.match(m -> m.field("name.bigram").query(text).boost(2f)))
                            .should(sh -> sh.match(m -> m.field("name").query(text).minimumShouldMatch("-25%")))
                            .minimumShouldMatch("1"))),
                    BusinessDocument.class);
            var hits = response.hits().hits().stream()
                    .map(hit -> new BusinessHits.Hit(Long.parseLong(hit.id()), hit.score() == null ? 0 : hit.score()))
                    .toList();
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            return new BusinessHits(total, hits);
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return new BusinessHits(0, java.util.List.of());
            }
            throw new SearchUnavailableException("Elasticsearch refused the search", e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch cannot be reached", e);
        }
    }
}
