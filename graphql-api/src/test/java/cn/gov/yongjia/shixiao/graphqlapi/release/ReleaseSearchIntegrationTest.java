package cn.gov.yongjia.shixiao.graphqlapi.release;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import cn.gov.yongjia.shixiao.searchindex.release.ReleaseIndex;
import cn.gov.yongjia.shixiao.searchindex.release.ReleaseIndexer;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Release search in Chinese on the real Elasticsearch, fed by the outbox: published releases are found by words of
 * their title, body or keywords, drafts never; a withdrawal and a rebuild keep it right.
 */
@PlatformIntegrationTest
class ReleaseSearchIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    ReleaseIndex index;

    @Autowired
    ReleaseIndexing indexing;

    @Autowired
    ReleaseIndexer indexer;

    @Autowired
    ReleaseRepository repository;

    @Autowired
    ElasticsearchClient elasticsearch;

    HttpGraphQlTester editor;
    HttpGraphQlTester publisher;
    HttpGraphQlTester anonymous;

    @BeforeEach
    void clients() {
        ReleaseTestAccounts.ensure(accounts);
        editor = StaffClients.as(port, ReleaseTestAccounts.EDITOR);
        publisher = StaffClients.as(port, ReleaseTestAccounts.PUBLISHER);
        anonymous = StaffClients.anonymous(port);
    }

    private String release(String title, String body, String category, boolean publish) {
        Map<String, Object> input = ReleaseWorkflowIntegrationTest.draft(title);
        input.put("bodyMarkdown", body);
        input.put("categoryCode", category);
        input.put("keywords", List.of("检索测试"));
        String id = editor.documentName("createRelease").variable("input", input).execute()
                .path("createRelease.release.id").entity(String.class).get();
        if (publish) {
            publisher.documentName("publishRelease").variable("id", id).execute()
                    .path("publishRelease.userErrors").entityList(Object.class).hasSize(0);
        }
        return id;
    }

    private List<String> found(String query, Map<String, Object> filter) {
        index.refresh();
        return anonymous.documentName("searchReleases").variable("query", query).variable("filter", filter).execute()
                .path("searchReleases.edges[*].node.id").entityList(String.class).get();
    }

    private void awaitFound(String query, String id) {
        await().atMost(Duration.ofSeconds(60)).until(() -> found(query, null).contains(id));
    }

    @Test
    void publishedReleasesAreFoundInChineseAndDraftsNever() {
        String kitchen = release("瓯北街道开展后厨卫生专项整治", "对辖区内**小餐饮**后厨进行检查，发现问题限期整改。", "WORK_NEWS", true);
        String internet = release("县文广局检查网吧未成年人上网情况", "检查网吧二十家，责令整改三家。", "EXPOSURE", true);
        String draft = release("后厨卫生草稿不应被检索到", "草稿正文。", "WORK_NEWS", false);
        awaitFound("后厨卫生", kitchen);

        assertThat(found("后厨卫生", null)).contains(kitchen).doesNotContain(internet, draft);
        anonymous.documentName("searchReleases").variable("query", "后厨卫生").execute()
                .path("searchReleases.edges[0].node.id").entity(String.class).isEqualTo(kitchen)
                .path("searchReleases.edges[0].highlightedTitle").entity(String.class)
                .isEqualTo("瓯北街道开展<em>后厨卫生</em>专项整治");
        // words of the body, a filter, nothing for the draft
        awaitFound("未成年人上网", internet);
        assertThat(found("未成年人上网", Map.of("categories", List.of("EXPOSURE")))).contains(internet);
        assertThat(found("未成年人上网", Map.of("categories", List.of("NOTICE")))).doesNotContain(internet);
        assertThat(found("小餐饮后厨", null)).contains(kitchen);
        // as a Chinese input method in full-width mode types them
        String karaoke = release("2026年第2季度KTV消防专项检查结果", "抽查KTV十二家。", "WORK_NEWS", true);
        awaitFound("KTV消防", karaoke);
        assertThat(found("ＫＴＶ消防", null)).contains(karaoke).doesNotContain(kitchen, internet);
        assertThat(found("２０２６年第２季度", null)).contains(karaoke);
        assertThat(found("草稿正文", null)).doesNotContain(draft);

        // a withdrawn release is still found (its page stays), with its state
        publisher.documentName("withdrawRelease").variable("id", internet).variable("reason", "重新发布").execute()
                .path("withdrawRelease.userErrors").entityList(Object.class).hasSize(0);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            index.refresh();
            return "WITHDRAWN".equals(anonymous.documentName("searchReleases").variable("query", "未成年人上网").execute()
                    .path("searchReleases.edges[0].node.state").entity(String.class).get());
        });

        // the index is derived: a rebuild from PostgreSQL swaps in a full new index
        List<String> before = index.physicalIndices();
        StaffClients.as(port, StaffClients.ADMIN).document("mutation { rebuildReleaseSearchIndex }").execute()
                .path("rebuildReleaseSearchIndex").entity(Integer.class).satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(3));
        assertThat(index.physicalIndices()).hasSize(1).doesNotContainAnyElementsOf(before);
        assertThat(found("后厨卫生", null)).contains(kitchen);
        editor.document("mutation { rebuildReleaseSearchIndex }").execute().errors()
                .satisfy(e -> assertThat(e).singleElement().satisfies(x -> assertThat(x.getExtensions()).containsEntry("code", "FORBIDDEN")));
    }

    @Test
    void anIndexOfAnOlderMappingIsReplacedOnStartByAFullOneOfTheCurrentMapping() throws Exception {
        String release = release("城区浴室安全检查通报", "浴室消防通道检查情况。", "WORK_NEWS", true);
        awaitFound("浴室安全", release);
        // as an earlier release of the platform left it: the alias on a full index of an older mapping version
        String older = index.alias() + "_v0";
        try (InputStream definition = new ClassPathResource("search-index/releases.json").getInputStream()) {
            elasticsearch.indices().create(c -> c.index(older).withJson(definition));
        }
        List<Release> all = new ArrayList<>();
        for (List<Release> page = repository.after(0, 200); !page.isEmpty();
             page = repository.after(page.getLast().key(), 200)) {
            all.addAll(page);
        }
        indexer.bulk(older, all.stream().map(ReleaseIndexing::document).toList());
        index.markFilled(older);
        List<String> current = index.physicalIndices();
        elasticsearch.indices().updateAliases(u -> {
            current.forEach(c -> u.actions(a -> a.remove(r -> r.index(c).alias(index.alias()))));
            return u.actions(a -> a.add(ad -> ad.index(older).alias(index.alias()).isWriteIndex(true)));
        });
        elasticsearch.indices().delete(d -> d.index(current));
        assertThat(index.holdsOlderVersion()).isTrue();

        indexing.run(null); // what the API does on start

        assertThat(index.holdsOlderVersion()).isFalse();
        assertThat(index.physicalIndices()).singleElement().asString().startsWith(index.alias() + "_v1_");
        assertThat(elasticsearch.indices().exists(e -> e.index(older)).value()).as("the older index is gone").isFalse();
        assertThat(elasticsearch.count(c -> c.index(index.alias())).count()).isEqualTo(all.size());
        assertThat(found("浴室安全", null)).contains(release);
    }

    @Test
    void aQueryOutOfBoundsIsAnInvalidArgument() {
        anonymous.documentName("searchReleases").variable("query", " ").execute().errors()
                .satisfy(e -> assertThat(e).singleElement()
                        .satisfies(x -> assertThat(x.getExtensions()).containsEntry("code", "INVALID_ARGUMENT")));
    }
}
