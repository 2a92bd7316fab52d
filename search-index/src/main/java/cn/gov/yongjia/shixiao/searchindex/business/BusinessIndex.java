package cn.gov.yongjia.shixiao.searchindex.business;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import cn.gov.yongjia.shixiao.searchindex.SearchIndexProperties;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Manages the business index: a versioned physical index ({@code businesses_v1}) behind the alias
 * ({@code businesses}) that every read and write goes through. Settings and mappings live in
 * {@code search-index/businesses.json}; nothing is created implicitly by a write.
 */
@Component
public class BusinessIndex {

    static final int MAPPING_VERSION = 1;

    private final ElasticsearchClient client;
    private final String alias;
    private volatile boolean known;

    BusinessIndex(ElasticsearchClient client, SearchIndexProperties properties) {
        this.client = client;
        this.alias = properties.indexPrefix() + "businesses";
    }

    /** The alias that reads and writes use. */
    public String alias() {
        return alias;
    }

    String physicalName(int version) {
        return alias + "_v" + version;
    }

    /** Creates the current physical index and points the alias at it, unless the alias exists already. */
    public void ensureExists() {
        if (known) {
            return;
        }
        try {
            if (client.indices().existsAlias(r -> r.name(alias)).value()) {
                known = true;
                return;
            }
            String physical = physicalName(MAPPING_VERSION);
            try (InputStream definition = new ClassPathResource("search-index/businesses.json").getInputStream()) {
                client.indices().create(CreateIndexRequest.of(r -> r
                        .index(physical)
                        .withJson(definition)
                        .aliases(alias, a -> a.isWriteIndex(true))));
            }
            known = true;
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
            known = true; // created by a concurrent writer a moment ago
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the business index " + alias, e);
        }
    }

    /** Makes every change so far visible to searches (tests and rebuilds; normal writes wait for the refresh interval). */
    public void refresh() {
        try {
            client.indices().refresh(r -> r.index(alias));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
