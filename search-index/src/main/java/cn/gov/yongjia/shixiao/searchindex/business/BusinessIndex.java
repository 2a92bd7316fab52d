package cn.gov.yongjia.shixiao.searchindex.business;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

import cn.gov.yongjia.shixiao.searchindex.PhysicalIndexNames;
import cn.gov.yongjia.shixiao.searchindex.RebuildRunningException;
import cn.gov.yongjia.shixiao.searchindex.SearchIndexProperties;
import cn.gov.yongjia.shixiao.searchindex.SearchUnavailableException;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import co.elastic.clients.json.JsonData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Manages the business index: a versioned physical index ({@code businesses_v3}) behind the alias
 * ({@code businesses}) that every read and write goes through. Settings and mappings live in
 * {@code search-index/businesses.json}; nothing is created implicitly by a write.
 * <p>
 * A new installation gets the current version, empty until someone {@linkplain #isFilled() fills} it from the
 * register and {@linkplain #markFilled() says so}. When the alias points at an older version (an installation from
 * before this mapping), that index keeps serving ({@link #holdsOlderVersion()}) until a rebuild, below, has built the
 * current version beside it: an upgrade never shows searches an empty or partial index.
 * <p>
 * A full rebuild without downtime goes the other way round: {@link #startRebuild()} creates a new physical index of
 * the current version with a unique name ({@code businesses_v3_<millis>}), not behind the alias, and makes it the
 * <em>shadow</em>: from then on every single write ({@link BusinessIndexer#index}) goes to the alias and to the
 * shadow, with the same external version. It fills without refreshes; once it is filled, {@link #ready} gives it its
 * refresh interval back, {@link #finishRebuild} refreshes it and moves the alias to it in one atomic {@code _aliases}
 * request, and {@link #drop} deletes the old index, so searches see the old, full index until the new, full one
 * replaces it. Then {@link #merge} merges the new index into one segment while it serves.
 */
@Component
public class BusinessIndex {

    private static final Logger log = LoggerFactory.getLogger(BusinessIndex.class);

    static final int MAPPING_VERSION = 3;
    private static final String FILLED_AT = "filledAt";
    private static final String DEFINITION = "search-index/businesses.json";
    /** How often a rebuild looks whether the merge of its new index has ended. */
    private static final Duration MERGE_POLL = Duration.ofMillis(500);

    private final ElasticsearchClient client;
    private final String alias;
    private final PhysicalIndexNames names;
    private volatile boolean known;
    private volatile boolean filled;
    /** The alias points at an index of an older mapping version, which serves until a rebuild replaces it. */
    private volatile boolean olderVersion;
    /** The physical index a running rebuild is filling (written to alongside the alias), or null. */
    private volatile String shadow;

    BusinessIndex(ElasticsearchClient client, SearchIndexProperties properties) {
        this.client = client;
        this.alias = properties.indexPrefix() + "businesses";
        this.names = new PhysicalIndexNames(alias, MAPPING_VERSION);
    }

    /** The alias that reads and writes use. */
    public String alias() {
        return alias;
    }

    /**
     * Where a single write must go now: the alias, and during a rebuild also the new index. Read once per write, so
     * a write that starts before the alias moves reaches the new index too.
     */
    List<String> writeTargets() {
        String target = shadow;
        return target == null ? List.of(alias) : List.of(alias, target);
    }

    /** The new index a running rebuild is filling, or null. */
    public String rebuildTarget() {
        return shadow;
    }

    /**
     * Creates a new, empty physical index of the current mapping version beside the one behind the alias, and makes
     * it the shadow that every single write reaches too.
     *
     * @return the new index's name
     * @throws RebuildRunningException when a rebuild is running already (in this process)
     */
    public synchronized String startRebuild() {
        if (shadow != null) {
            throw new RebuildRunningException("A rebuild into " + shadow + " is running already");
        }
        ensureExists();
        String fresh = names.fresh(System.currentTimeMillis());
        try {
            if (!create(fresh)) {
                throw new IllegalStateException(fresh + " exists already");
            }
        } catch (ElasticsearchException e) {
            throw new SearchUnavailableException("Elasticsearch refused to create " + fresh, e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch cannot be reached", e);
        }
        try {
            // no refreshes while it fills (nobody searches it yet): fewer, larger segments, less merging; ready()
            // puts the index's own interval back
            client.indices().putSettings(p -> p.index(fresh).settings(x -> x.refreshInterval(t -> t.time("-1"))));
        } catch (IOException | ElasticsearchException e) {
            abandonRebuild(fresh);
            throw new SearchUnavailableException("Elasticsearch refused the settings of " + fresh, e);
        }
        shadow = fresh;
        log.info("Rebuilding the search index into {}", fresh);
        return fresh;
    }

    /**
     * Readies a filled new index for searching before the alias moves to it: puts back its refresh interval (as in
     * the index definition; it filled without refreshes). {@link #finishRebuild} refreshes it.
     */
    public void ready(String fresh) {
        try {
            var settings = definition().settings();
            Time interval = settings == null || settings.refreshInterval() == null
                    ? Time.of(t -> t.time("1s"))
                    : settings.refreshInterval();
            client.indices().putSettings(p -> p.index(fresh).settings(x -> x.refreshInterval(interval)));
        } catch (ElasticsearchException e) {
            throw new SearchUnavailableException("Elasticsearch refused the settings of " + fresh, e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch cannot be reached", e);
        }
    }

    /**
     * Merges a physical index into one segment. A bulk fill leaves a dozen or so; searches on one segment cost about
     * half as much (measured: docs/benchmarks.md). A rebuild merges its new index once it serves searches, so the
     * merge's minutes do not hold the switch back; searches meanwhile read the unmerged segments, complete but
     * slower, and changes keep arriving. The merge runs as an Elasticsearch task; this waits for it in short polls,
     * calling {@code whileWaiting} between them (to renew the rebuild lease).
     */
    public void merge(String physical, Runnable whileWaiting) {
        try {
            String task = client.indices().forcemerge(f -> f.index(physical).maxNumSegments(1L).waitForCompletion(false))
                    .task();
            while (task != null && !client.tasks().get(t -> t.taskId(task)).completed()) {
                whileWaiting.run();
                LockSupport.parkNanos(MERGE_POLL.toNanos());
            }
        } catch (ElasticsearchException e) {
            throw new SearchUnavailableException("Elasticsearch refused to merge " + physical, e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch cannot be reached", e);
        }
    }

    /** The index definition (settings and mappings) as the resource gives it. */
    private static CreateIndexRequest definition() throws IOException {
        try (InputStream definition = new ClassPathResource(DEFINITION).getInputStream()) {
            return CreateIndexRequest.of(r -> r.index("definition").withJson(definition));
        }
    }


    /**
     * Ends a rebuild whose new index holds every business: makes it visible (refresh), records it as filled, moves
     * the alias to it in one atomic request and stops writing to it separately. The old index is left for
     * {@link #drop}, once searches that began on it have had time to end.
     *
     * @return the physical indices the alias pointed at before
     */
    public synchronized List<String> finishRebuild(String fresh) {
        if (!fresh.equals(shadow)) {
            throw new IllegalStateException(fresh + " is not being rebuilt");
        }
        try {
            client.indices().refresh(r -> r.index(fresh));
            client.indices().putMapping(m -> m.index(fresh)
                    .meta(Map.of(FILLED_AT, JsonData.of(Instant.now().toString()),
                            "mappingVersion", JsonData.of(MAPPING_VERSION))));
            Set<String> old = indicesOfAlias();
            client.indices().updateAliases(u -> {
                old.stream().filter(index -> !index.equals(fresh))
                        .forEach(o -> u.actions(a -> a.remove(r -> r.index(o).alias(alias))));
                return u.actions(a -> a.add(ad -> ad.index(fresh).alias(alias).isWriteIndex(true)));
            });
            // writes that read the targets before this line still write to both: harmless (same version, 409)
            shadow = null;
            filled = true;
            olderVersion = false;
            known = true;
            List<String> moved = old.stream().filter(index -> !index.equals(fresh)).sorted().toList();
            log.info("The search alias {} moved from {} to {}", alias, moved, fresh);
            return moved;
        } catch (ElasticsearchException e) {
            throw new SearchUnavailableException("Elasticsearch refused to finish the rebuild into " + fresh, e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch cannot be reached", e);
        }
    }

    /** Deletes physical indices no longer behind the alias (those a rebuild moved it off). */
    public synchronized void drop(List<String> physicalIndices) {
        for (String old : physicalIndices) {
            if (physicalIndices().contains(old)) {
                throw new IllegalStateException(old + " is still behind the alias " + alias);
            }
            try {
                client.indices().delete(d -> d.index(old).ignoreUnavailable(true));
            } catch (ElasticsearchException e) {
                throw new SearchUnavailableException("Elasticsearch refused to delete " + old, e);
            } catch (IOException e) {
                throw new SearchUnavailableException("Elasticsearch cannot be reached", e);
            }
        }
    }

    /** All physical business indices of this prefix, behind the alias or not (for tests and operators). */
    public List<String> allPhysicalIndices() {
        try {
            return client.indices().get(g -> g.index(names.everyVersion()).ignoreUnavailable(true).allowNoIndices(true))
                    .indices().keySet().stream().sorted().toList();
        } catch (ElasticsearchException e) {
            throw new SearchUnavailableException("Elasticsearch refused to list " + names.everyVersion(), e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch cannot be reached", e);
        }
    }

    /** Gives up a rebuild: stops writing to the new index and deletes it; the alias stays where it was. */
    public synchronized void abandonRebuild(String fresh) {
        if (fresh.equals(shadow)) {
            shadow = null;
        }
        try {
            client.indices().delete(d -> d.index(fresh).ignoreUnavailable(true));
        } catch (IOException | ElasticsearchException e) {
            log.warn("Could not delete the abandoned index {}: {}", fresh, e.getMessage());
        }
    }

    /**
     * Makes the alias point at a physical index, creating the current one when there is none. An index of an older
     * mapping version behind the alias is left serving ({@link #holdsOlderVersion()}): a rebuild replaces it.
     *
     * @return true when this call created the current index, which is then empty: fill it from the register
     */
    public synchronized boolean ensureExists() {
        if (known) {
            return false;
        }
        String current = names.current();
        try {
            Set<String> pointedAt = indicesOfAlias();
            if (!pointedAt.isEmpty() && pointedAt.stream().allMatch(names::isCurrent)) {
                olderVersion = false;
                known = true;
                return false;
            }
            if (!pointedAt.isEmpty()) {
                // it keeps serving until a rebuild has filled the current version beside it; until the alias moves,
                // every call looks again (another process may be the one that rebuilds)
                if (!olderVersion) {
                    log.info("The search alias {} points at {}, of an older mapping than {}: it serves until a rebuild "
                            + "replaces it", alias, pointedAt, current);
                }
                olderVersion = true;
                return false;
            }
            boolean created = create(current);
            addAlias(current);
            olderVersion = false;
            filled = false;
            known = true;
            return created;
        } catch (ElasticsearchException e) {
            throw new SearchUnavailableException("Elasticsearch refused to set up " + current, e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch cannot be reached", e);
        }
    }

    /**
     * Whether the alias points at an index of an older mapping version (an installation from before this mapping):
     * searches and writes go on through it until a {@linkplain #startRebuild() rebuild} has filled an index of the
     * current version beside it and moved the alias.
     */
    public boolean holdsOlderVersion() {
        ensureExists();
        return olderVersion;
    }

    /**
     * Forgets what this process knows of the alias and the fill, so that the next use reads them from Elasticsearch
     * again: an index deleted, or an alias moved, by someone else is then noticed. Does nothing while a rebuild runs
     * here.
     */
    public synchronized void recheck() {
        if (shadow == null) {
            known = false;
            filled = false;
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
        try (InputStream definition = new ClassPathResource(DEFINITION).getInputStream()) {
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
