package cn.gov.yongjia.shixiao.graphqlapi.search;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import cn.gov.yongjia.shixiao.graphqlapi.business.Business;
import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessChanges;
import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessRegistry;
import cn.gov.yongjia.shixiao.graphqlapi.business.NewBusiness;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import cn.gov.yongjia.shixiao.schema.types.Trade;
import cn.gov.yongjia.shixiao.searchindex.RebuildRunningException;
import cn.gov.yongjia.shixiao.searchindex.SearchUnavailableException;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessDocument;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessIndex;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessIndexer;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessSearch;
import cn.gov.yongjia.shixiao.searchindex.business.RebuildLock;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The zero-downtime rebuild of the business index on the real PostgreSQL and Elasticsearch: searches running all
 * through it always see the whole register, changes made while it runs end up in the new index, the alias ends on
 * the new index and the old one is gone. A register and index of its own (the property below), so the counts are
 * this test's.
 */
@PlatformIntegrationTest
@TestPropertySource(properties = "yongjia.test.own-register=rebuild")
class SearchIndexRebuildIntegrationTest {

    private static final int BUSINESSES = 300;
    private static final String WORD = "重建";
    private static final String REBUILD = """
            mutation { rebuildSearchIndex { documents replayed seconds mergeSeconds oldIndices newIndex } }""";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    BusinessRegistry registry;

    @Autowired
    SearchIndexRebuild rebuild;

    @Autowired
    BusinessIndex index;

    @Autowired
    BusinessSearch search;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BusinessReindexer reindexer;

    @Autowired
    BusinessIndexer indexer;

    @Autowired
    BusinessDocuments documents;

    @Autowired
    RebuildLock lock;

    @BeforeEach
    void registerManyBusinesses() {
        StaffClients.ensureAccounts(accounts);
        synchronized (SearchIndexRebuildIntegrationTest.class) {
            if (registry.count() < BUSINESSES) {
                for (int i = 0; i < BUSINESSES; i++) {
                    assertThat(registry.register(NewBusiness.of("永嘉" + WORD + "第" + i + "号店", Trade.RESTAURANT),
                            false, null).userErrors()).isEmpty();
                }
            }
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            index.refresh();
            assertThat(search.search(WORD, 1).total()).isEqualTo(registry.count());
        });
    }

    @Test
    void searchesDuringTheRebuildSeeTheWholeRegisterAndChangesMadeMeanwhileReachTheNewIndex() throws Exception {
        long before = registry.count();
        assertThat(before).isGreaterThanOrEqualTo(BUSINESSES);
        List<String> oldIndices = index.physicalIndices();
        Business renamed = registry.after(0L, 1).getFirst();
        HttpGraphQlTester admin = StaffClients.as(port, StaffClients.ADMIN);

        Searches searches = new Searches(); // all through the rebuild

        // changes while the new index is being filled: after the fill has read the rows, before the alias moves
        AtomicReference<String> registered = new AtomicReference<>();
        AtomicBoolean changed = new AtomicBoolean();
        SearchIndexRebuild.Report report = rebuild.run((written, total) -> {
            if (!changed.compareAndSet(false, true)) {
                return;
            }
            String target = index.rebuildTarget();
            assertThat(target).isNotNull().isNotIn(oldIndices);
            assertThat(registry.update(renamed.key(), new BusinessChanges("永嘉" + WORD + "改名店", null, null, null,
                    null, null, null, null, null), "test").userErrors()).isEmpty();
            Business added = registry.register(NewBusiness.of("永嘉" + WORD + "新开店", Trade.BARBERSHOP), false, null)
                    .business();
            registered.set(Long.toString(added.key()));
            long renamedVersion = registry.find(renamed.key()).orElseThrow().version();
            // the outbox writes them into the new index too, while searches still read the old one
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
                assertThat(storedVersion(target, Long.toString(renamed.key()))).isEqualTo(renamedVersion);
                assertThat(storedVersion(target, registered.get())).isEqualTo(added.version());
            });
            assertThat(index.physicalIndices()).isEqualTo(oldIndices);
            // a second rebuild meanwhile is refused, in Java and over GraphQL
            assertThatThrownBy(() -> rebuild.run((w, t) -> { })).isInstanceOf(RebuildRunningException.class);
            admin.document(REBUILD).execute().errors()
                    .satisfy(errors -> assertThat(errors).singleElement()
                            .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "ALREADY_RUNNING")));
            var status = admin.document("{ searchIndexRebuild { newIndex total merging } }").execute();
            status.path("searchIndexRebuild.newIndex").entity(String.class).isEqualTo(target);
            status.path("searchIndexRebuild.merging").entity(Boolean.class).isEqualTo(false);
        });
        List<Long> totals = searches.stop();

        assertThat(changed).isTrue();
        assertThat(searches.duringRebuild.get()).as("searches while the rebuild ran").isGreaterThan(5);
        assertThat(totals).as("never an empty or partial result").allSatisfy(total ->
                assertThat(total).isBetween(before, before + 1));
        assertThat(totals.getLast()).isEqualTo(before + 1);

        assertThat(report.documents()).isEqualTo(before);
        assertThat(report.replayed()).isGreaterThanOrEqualTo(2);
        assertThat(report.oldIndices()).isEqualTo(oldIndices);
        assertThat(report.newIndex()).startsWith(index.alias() + "_v3_");
        assertThat(index.physicalIndices()).containsExactly(report.newIndex());
        assertThat(index.allPhysicalIndices()).as("the old index is gone").containsExactly(report.newIndex());
        assertThat(elasticsearch.indices().getSettings(g -> g.index(report.newIndex())).get(report.newIndex())
                .settings().index().refreshInterval().time())
                .as("filled without refreshes, then its own interval back").isEqualTo("1s");
        assertThat(report.mergeSeconds()).as("merged after the switch").isNotNull().isPositive();
        index.refresh();
        assertThat(elasticsearch.cat().segments(c -> c.index(report.newIndex())).segments())
                .as("one segment once merged").hasSize(1);
        assertThat(rebuild.status()).isEmpty();
        assertIndexEqualsRegister();
    }

    @Test
    void anIndexOfAnOlderMappingServesUntilAFullOneOfTheCurrentMappingReplacesIt() throws Exception {
        long businesses = registry.count();
        // as the previous release left it: the alias on an older version's index (v2), full
        String older = index.alias() + "_v2";
        try (InputStream definition = new ClassPathResource("search-index/businesses.json").getInputStream()) {
            elasticsearch.indices().create(c -> c.index(older).withJson(definition));
        }
        try (BusinessIndexer.Bulk bulk = indexer.bulkInto(older)) {
            long after = 0;
            List<Business> page;
            do {
                page = registry.after(after, 500);
                documents.of(page).forEach(bulk::add);
                after = page.isEmpty() ? after : page.getLast().key();
            } while (page.size() == 500);
        }
        elasticsearch.indices().refresh(r -> r.index(older));
        List<String> current = index.physicalIndices();
        elasticsearch.indices().updateAliases(u -> {
            current.forEach(c -> u.actions(a -> a.remove(r -> r.index(c).alias(index.alias()))));
            return u.actions(a -> a.add(ad -> ad.index(older).alias(index.alias()).isWriteIndex(true)));
        });
        elasticsearch.indices().delete(d -> d.index(current));

        Searches searches = new Searches();

        // what the API does on start and every outbox retry round: it finds the older index and starts the upgrade
        assertThat(reindexer.fillIfNeeded()).isZero();
        assertThat(index.holdsOlderVersion()).isTrue();
        assertThat(index.physicalIndices()).as("the older index serves meanwhile").containsExactly(older);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            assertThat(index.holdsOlderVersion()).isFalse();
            assertThat(index.allPhysicalIndices()).singleElement().asString().startsWith(index.alias() + "_v3_");
            assertThat(rebuild.status()).isEmpty();
        });
        List<Long> totals = searches.stop();

        assertThat(searches.duringRebuild.get()).as("searches while the upgrade ran").isGreaterThan(5);
        assertThat(totals).as("never an empty or partial result").containsOnly(businesses);
        assertThat(index.physicalIndices()).isEqualTo(index.allPhysicalIndices());
        assertThat(reindexer.fillIfNeeded()).as("nothing more to do").isZero();
        assertIndexEqualsRegister();
    }

    @Test
    void aRebuildStoppedByTheShutdownDeletesItsNewIndexFreesTheLockAndLeavesTheOldIndexServing() throws Exception {
        long businesses = registry.count();
        List<String> serving = index.physicalIndices();
        // a rebuild of its own, so that stopping it leaves the application's rebuild usable for the other tests
        SearchIndexRebuild shutDown = new SearchIndexRebuild(registry, documents, index, indexer, lock);
        CountDownLatch pageWritten = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread rebuilding = Thread.ofVirtual().start(() -> {
            try {
                shutDown.run((written, total) -> {
                    pageWritten.countDown();
                    await().atMost(Duration.ofSeconds(30)).until(shutDown::stopping);
                });
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        assertThat(pageWritten.await(60, TimeUnit.SECONDS)).as("a first page written").isTrue();
        String fresh = shutDown.status().orElseThrow().newIndex();
        assertThat(index.allPhysicalIndices()).contains(fresh);

        shutDown.stop(); // what closing the application context calls; returns once the rebuild has given up

        assertThat(rebuilding.join(Duration.ofSeconds(5))).isTrue();
        assertThat(failure.get()).isInstanceOf(SearchIndexRebuild.StoppedException.class)
                .as("the mutation answers SEARCH_UNAVAILABLE, not INTERNAL").isInstanceOf(SearchUnavailableException.class);
        assertThat(shutDown.status()).isEmpty();
        assertThat(index.physicalIndices()).as("the alias did not move").isEqualTo(serving);
        assertThat(index.allPhysicalIndices()).as("the new index is gone").containsExactlyInAnyOrderElementsOf(serving);
        assertThat(search.search(WORD, 1).total()).isEqualTo(businesses);
        assertThatCode(() -> lock.acquire().close()).as("the lock is free at once").doesNotThrowAnyException();
        assertThatThrownBy(() -> shutDown.run((written, total) -> { }))
                .as("no rebuild starts once stopping").isInstanceOf(SearchIndexRebuild.StoppedException.class);
        assertThat(index.allPhysicalIndices()).containsExactlyInAnyOrderElementsOf(serving);
    }

    @Test
    void onlyCountyAdministratorsMayRebuild() {
        StaffClients.anonymous(port).document(REBUILD).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "UNAUTHENTICATED")));
        StaffClients.as(port, StaffClients.POLICE_INSPECTOR).document(REBUILD).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "FORBIDDEN")));
        StaffClients.as(port, StaffClients.OUBEI_OFFICER).document("{ searchIndexRebuild { newIndex } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "FORBIDDEN")));
        List<String> oldIndices = index.physicalIndices();

        var response = StaffClients.as(port, StaffClients.ADMIN).document(REBUILD).execute();
        response.path("rebuildSearchIndex.documents").entity(Long.class).isEqualTo(registry.count());
        response.path("rebuildSearchIndex.oldIndices").entityList(String.class).isEqualTo(oldIndices);
        String newIndex = response.path("rebuildSearchIndex.newIndex").entity(String.class).get();
        assertThat(newIndex).startsWith(index.alias() + "_v3_").isNotIn(oldIndices);
        assertThat(response.path("rebuildSearchIndex.seconds").entity(Double.class).get()).isPositive();
        assertThat(response.path("rebuildSearchIndex.mergeSeconds").entity(Double.class).get()).isPositive();
        assertThat(index.physicalIndices()).containsExactly(newIndex);
        assertThat(index.allPhysicalIndices()).containsExactly(newIndex);
        assertThat(search.search(WORD, 1).total()).isEqualTo(registry.count());
        StaffClients.as(port, StaffClients.ADMIN).document("{ searchIndexRebuild { newIndex } }").execute()
                .path("searchIndexRebuild").valueIsNull();
    }

    private long storedVersion(String physicalIndex, String id) throws Exception {
        var stored = elasticsearch.get(g -> g.index(physicalIndex).id(id), BusinessDocument.class);
        return stored.found() ? stored.version() : -1;
    }

    /** Searches for every business, one after the other, until stopped; counts those made while a rebuild ran. */
    private final class Searches {

        final AtomicBoolean searching = new AtomicBoolean(true);
        final List<Long> totals = new CopyOnWriteArrayList<>();
        final AtomicInteger duringRebuild = new AtomicInteger();
        final CompletableFuture<Void> searcher = CompletableFuture.runAsync(() -> {
            while (searching.get()) {
                boolean running = rebuild.status().isPresent();
                totals.add(search.search(WORD, 1).total());
                if (running && rebuild.status().isPresent()) {
                    duringRebuild.incrementAndGet();
                }
            }
        });

        /** A few more searches (on the new index, after a rebuild), then stop; the totals each search found. */
        List<Long> stop() throws Exception {
            int after = totals.size();
            await().atMost(Duration.ofSeconds(10)).until(() -> totals.size() > after + 5);
            searching.set(false);
            searcher.get();
            return totals;
        }
    }

    private void assertIndexEqualsRegister() throws Exception {
        record Row(long id, String name, long version) {
        }
        List<Row> rows = jdbc.sql("select id, name, version from business order by id")
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3))).list();
        assertThat(elasticsearch.count(c -> c.index(index.alias())).count()).isEqualTo(rows.size());
        for (Row row : rows) {
            var stored = elasticsearch.get(g -> g.index(index.alias()).id(Long.toString(row.id())), BusinessDocument.class);
            assertThat(stored.found()).as("business %s indexed", row.id()).isTrue();
            assertThat(stored.source()).isNotNull();
            assertThat(stored.source().name()).as("name of %s", row.id()).isEqualTo(row.name());
            assertThat(stored.source().version()).as("version of %s", row.id()).isEqualTo(row.version());
            assertThat(stored.version()).isEqualTo(row.version());
        }
    }
}
