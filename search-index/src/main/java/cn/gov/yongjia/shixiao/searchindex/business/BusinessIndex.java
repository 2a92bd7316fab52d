package cn.gov.yongjia.shixiao.searchindex.business;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.yongjia.shixiao.searchindex.SearchIndexProperties;
import cn.gov.yongjia.shixiao.searchindex.SearchUnavailableException;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import co.elastic.clients.json.JsonData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Manages the business index: a versioned physical index ({@code businesses_v2}) behind the alias
 * ({@code businesses}) that every read and write goes through. Settings and mappings live in
 * {@code search-index/businesses.json}; nothing is created implicitly by a write.
 * <p>
 * When the alias points at an older version (an installation from before this mapping), the current version is
 * created, the alias moved to it in one atomic {@code _aliases} request, and the old index deleted. The new index is
 * then empty until someone {@linkplain #isFilled() fills} it from the register and {@linkplain #markFilled() says
 * so}; searches meanwhile see only what the outbox has written since. This is not yet a zero-downtime rebuild.
 */
@Component
public class BusinessIndex {

    private static final Logger log = LoggerFactory.getLogger(BusinessIndex.class);

    static final int MAPPING_VERSION = 2;
    private static final String FILLED_AT = "filledAt";

    private final ElasticsearchClient client;
    private final String alias;
    private volatile boolean known;
    private volatile boolean filled;

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

    /**
     * Makes the alias point at the current physical index, creating it (and moving the alias off an older version)
     * when needed.
     *
     * @return true when this call created the current index, which is then empty: fill it from the register
     */
    public synchronized boolean ensureExists() {
        if (known) {
            return false;
        }
        String current = physicalName(MAPPING_VERSION);
        try {
            Set<String> pointedAt = indicesOfAlias();
            if (pointedAt.equals(Set.of(current))) {
                known = true;
                return false;
            }
            boolean created = create(current);
            if (pointedAt.isEmpty()) {
                addAlias(current);
            } else {
                log.info("Moving the search alias {} from {} to {}; the new index is filled from the register", alias,
                        pointedAt, current);
                client.indices().updateAliases(u -> {
                    pointedAt.stream().filter(index -> !index.equals(current))
                            .forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(alias))));
                    return u.actions(a -> a.add(ad -> ad.index(current).alias(alias).isWriteIndex(true)));
                });
                for (String old : pointedAt) {
                    if (!old.equals(current)) {
                        client.indices().delete(d -> d.index(old).ignoreUnavailable(true));
                    }
                }
            }
            filled = false;
            known = true;
            return created || !pointedAt.isEmpty();
        } catch (ElasticsearchException e) {
            throw new SearchUnavailableException("Elasticsearch refused to set up " + current, e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch cannot be reached", e);
        }
    }

    /** The physical indices the alias points at; empty when there is no alias. */
    private Set<String> indicesOfAlias() throws IOException {
        if (!client.indices().existsAlias(r -> r.name(alias)).value()) {
            return Set.of();
        }
        return client.indices().getAlias(r -> r.name(alias)).aliases().keySet();
    }

    /** Creates the physical index; false when it exists already (a concurrent starter, or an interrupted move). */
    private boolean create(String physical) throws IOException {
        try (InputStream definition = new ClassPathResource("search-index/businesses.json").getInputStream()) {
            client.indices().create(CreateIndexRequest.of(r -> r.index(physical).withJson(definition)));
            return true;
        } catch (ElasticsearchException e) {
            if ("resource_already_exists_exception".equals(e.error().type())) {
                return false;
            }
            throw e;
        }
    }

    private void addAlias(String physical) throws IOException {
        client.indices().updateAliases(u -> u.actions(a -> a.add(ad -> ad.index(physical).alias(alias)
                .isWriteIndex(true))));
    }

    /**
     * Whether the current index has been filled from the register since it was created (recorded in its mapping's
     * {@code _meta}, so an interrupted fill is redone on the next start).
     */
    public boolean isFilled() {
        if (filled) {
            return true;
        }
        ensureExists();
        try {
            var mappings = client.indices().getMapping(m -> m.index(alias)).mappings();
            boolean recorded = mappings.values().stream()
                    .map(m -> m.mappings().meta())
                    .anyMatch(meta -> meta != null && meta.containsKey(FILLED_AT));
            filled = recorded;
            return recorded;
        } catch (ElasticsearchException e) {
            throw new SearchUnavailableException("Elasticsearch refused to read the mapping of " + alias, e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch cannot be reached", e);
        }
    }

    /** Records that the current index holds every business of the register (as of the fill). */
    public void markFilled() {
        try {
            client.indices().putMapping(m -> m.index(alias)
                    .meta(Map.of(FILLED_AT, JsonData.of(Instant.now().toString()),
                            "mappingVersion", JsonData.of(MAPPING_VERSION))));
            filled = true;
        } catch (ElasticsearchException e) {
            throw new SearchUnavailableException("Elasticsearch refused to update " + alias, e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch cannot be reached", e);
        }
    }

    /** The physical indices behind the alias (for tests and operators). */
    public List<String> physicalIndices() {
        try {
            return List.copyOf(indicesOfAlias());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
