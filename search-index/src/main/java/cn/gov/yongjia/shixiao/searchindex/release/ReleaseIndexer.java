package cn.gov.yongjia.shixiao.searchindex.release;

import java.io.IOException;
import java.util.Collection;

import cn.gov.yongjia.shixiao.searchindex.SearchUnavailableException;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import org.springframework.stereotype.Component;

/**
 * Writes release documents with the row's version as external version: a repeated or late write (409) leaves the
 * index as it is and counts as done.
 */
@Component
public class ReleaseIndexer {

    private final ElasticsearchClient client;
    private final ReleaseIndex index;

    ReleaseIndexer(ElasticsearchClient client, ReleaseIndex index) {
        this.client = client;
        this.index = index;
    }

    public void index(ReleaseDocument document) {
        index.ensureExists();
        try {
            client.index(r -> r.index(index.alias()).id(Long.toString(document.releaseId())).version(document.version())
                    .versionType(VersionType.External).document(document));
        } catch (ElasticsearchException e) {
            if (e.status() != 409) {
                throw new SearchUnavailableException("Elasticsearch refused release " + document.releaseId(), e);
            }
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch cannot be reached", e);
        }
    }

    /** Writes many documents in one request into the given index (the alias, or a rebuild's new index). */
    public void bulk(String target, Collection<ReleaseDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        try {
            BulkResponse response = client.bulk(b -> {
                documents.forEach(d -> b.operations(op -> op.index(i -> i.index(target).id(Long.toString(d.releaseId()))
                        .version(d.version()).versionType(VersionType.External).document(d))));
                return b;
            });
            var refused = response.items().stream().filter(i -> i.error() != null && i.status() != 409).findFirst();
            if (refused.isPresent()) {
                throw new SearchUnavailableException("Elasticsearch refused release " + refused.get().id() + ": "
                        + refused.get().error().reason(), null);
            }
        } catch (ElasticsearchException e) {
            throw new SearchUnavailableException("Elasticsearch refused a bulk of releases", e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch cannot be reached", e);
        }
    }
}
