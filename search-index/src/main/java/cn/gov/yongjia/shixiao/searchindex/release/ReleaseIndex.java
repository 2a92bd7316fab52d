package cn.gov.yongjia.shixiao.searchindex.release;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.yongjia.shixiao.searchindex.PhysicalIndexNames;
import cn.gov.yongjia.shixiao.searchindex.SearchIndexProperties;
import cn.gov.yongjia.shixiao.searchindex.SearchUnavailableException;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import co.elastic.clients.json.JsonData;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Manages the release index: a versioned physical index ({@code releases_v1}) behind the alias ({@code releases})
 * that every read and write goes through, defined by {@code search-index/releases.json}; nothing is created
 * implicitly by a write. A rebuild fills a new physical index ({@code releases_v1_<millis>}) and moves the alias to it
 * in one atomic {@code _aliases} request, so searches never see an empty or partial index.
 */
@Component
public class ReleaseIndex {

    static final int MAPPING_VERSION = 1;
    private static final String FILLED_AT = "filledAt";

    private final ElasticsearchClient client;
    private final String alias;
    private final PhysicalIndexNames names;
    private volatile boolean known;

    ReleaseIndex(ElasticsearchClient client, SearchIndexProperties properties) {
        this.client = client;
        this.alias = properties.indexPrefix() + "releases";
        this.names = new PhysicalIndexNames(alias, MAPPING_VERSION);
    }

    public String alias() {
        return alias;
    }

    /** Creates the current physical index behind the alias when there is none; true when it was created (then fill it). */
    public synchronized boolean ensureExists() {
        if (known) {
            return false;
        }
        try {
            if (!aliased().isEmpty()) {
                known = true;
                return false;
            }
            String physical = names.current();
            create(physical);
            client.indices().updateAliases(u -> u.actions(a -> a.add(ad -> ad.index(physical).alias(alias).isWriteIndex(true))));
            known = true;
            return true;
        } catch (ElasticsearchException e) {
            throw new SearchUnavailableException("Elasticsearch refused to set up " + alias, e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch cannot be reached", e);
        }
    }

    /**
     * Whether the alias points at an index of an older mapping version, left by an earlier release of the platform:
     * it serves on until a {@linkplain #createFresh() fresh index} of the current version is filled and swapped in.
     */
    public boolean holdsOlderVersion() {
        try {
            return aliased().stream().anyMatch(physical -> !names.isCurrent(physical));
        } catch (ElasticsearchException e) {
            throw new SearchUnavailableException("Elasticsearch refused to read the alias " + alias, e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch cannot be reached", e);
        }
    }

    /** Whether the index behind the alias has been filled from the register (recorded in its {@code _meta}). */
    public boolean isFilled() {
        ensureExists();
        try {
            return client.indices().getMapping(m -> m.index(alias)).mappings().values().stream()
                    .map(m -> m.mappings().meta()).anyMatch(meta -> meta != null && meta.containsKey(FILLED_AT));
        } catch (ElasticsearchException e) {
            throw new SearchUnavailableException("Elasticsearch refused to read the mapping of " + alias, e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch cannot be reached", e);
        }
    }

    /** Records that the index behind the alias (or the given physical index) holds every release. */
    public void markFilled(String index) {
        try {
            client.indices().putMapping(m -> m.index(index).meta(Map.of(FILLED_AT, JsonData.of(Instant.now().toString()),
                    "mappingVersion", JsonData.of(MAPPING_VERSION))));
        } catch (ElasticsearchException e) {
            throw new SearchUnavailableException("Elasticsearch refused to update " + index, e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch cannot be reached", e);
        }
    }

    /** A new, empty physical index beside the one behind the alias, to be filled and then {@linkplain #swapTo swapped in}. */
    public String createFresh() {
        ensureExists();
        String fresh = names.fresh(System.currentTimeMillis());
        try {
            create(fresh);
            return fresh;
        } catch (ElasticsearchException e) {
            throw new SearchUnavailableException("Elasticsearch refused to create " + fresh, e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch cannot be reached", e);
        }
    }

    /** Refreshes the filled index, moves the alias to it in one request and deletes the indices it left. */
    public synchronized List<String> swapTo(String fresh) {
        try {
            client.indices().refresh(r -> r.index(fresh));
            markFilled(fresh);
            Set<String> old = aliased();
            client.indices().updateAliases(u -> {
                old.stream().filter(i -> !i.equals(fresh)).forEach(o -> u.actions(a -> a.remove(r -> r.index(o).alias(alias))));
                return u.actions(a -> a.add(ad -> ad.index(fresh).alias(alias).isWriteIndex(true)));
            });
            for (String o : old) {
                if (!o.equals(fresh)) {
                    client.indices().delete(d -> d.index(o).ignoreUnavailable(true));
                }
            }
            return old.stream().filter(i -> !i.equals(fresh)).sorted().toList();
        } catch (ElasticsearchException e) {
            throw new SearchUnavailableException("Elasticsearch refused to swap " + alias + " to " + fresh, e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch cannot be reached", e);
        }
    }

    /** The physical indices behind the alias (for tests and operators). */
    public List<String> physicalIndices() {
        try {
            return aliased().stream().sorted().toList();
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch cannot be reached", e);
        }
    }

    /** Makes every change so far visible to searches (tests; normal writes wait for the refresh interval). */
    public void refresh() {
        try {
            client.indices().refresh(r -> r.index(alias));
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch cannot be reached", e);
        }
    }

    private Set<String> aliased() throws IOException {
        if (!client.indices().existsAlias(r -> r.name(alias)).value()) {
            return Set.of();
        }
        return client.indices().getAlias(r -> r.name(alias)).aliases().keySet();
    }

    private void create(String physical) throws IOException {
        try (InputStream definition = new ClassPathResource("search-index/releases.json").getInputStream()) {
            client.indices().create(CreateIndexRequest.of(r -> r.index(physical).withJson(definition)));
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }
}
