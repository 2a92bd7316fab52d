package cn.gov.yongjia.shixiao.searchindex.business;

import java.io.IOException;

import cn.gov.yongjia.shixiao.searchindex.SearchUnavailableException;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import org.springframework.stereotype.Component;

/**
 * Writes business documents. Writes carry the business's version as an external version: applying the same change
 * twice, or an older change after a newer one, leaves the index as it is.
 */
@Component
public class BusinessIndexer {

    private final ElasticsearchClient client;
    private final BusinessIndex index;

    BusinessIndexer(ElasticsearchClient client, BusinessIndex index) {
        this.client = client;
        this.index = index;
    }

    public void index(BusinessDocument document) {
        index.ensureExists();
        try {
            client.index(r -> r
                    .index(index.alias())
                    .id(Long.toString(document.businessId()))
                    .version(document.version())
                    .versionType(VersionType.External)
                    .document(document));
        } catch (ElasticsearchException e) {
            if (e.status() == 409) {
                return; // the index holds this version or a newer one already
            }
            throw new SearchUnavailableException("Elasticsearch refused business " + document.businessId(), e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch cannot be reached", e);
        }
    }
}
