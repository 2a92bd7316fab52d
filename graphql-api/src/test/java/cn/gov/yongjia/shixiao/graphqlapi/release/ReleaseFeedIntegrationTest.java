package cn.gov.yongjia.shixiao.graphqlapi.release;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The Atom feeds, read back with Rome: valid UTF-8 XML with Chinese text, stable entry IDs, updated on major edits. */
@PlatformIntegrationTest
class ReleaseFeedIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    HttpGraphQlTester editor;
    HttpGraphQlTester publisher;

    @BeforeEach
    void clients() {
        ReleaseTestAccounts.ensure(accounts);
        editor = StaffClients.as(port, ReleaseTestAccounts.EDITOR);
        publisher = StaffClients.as(port, ReleaseTestAccounts.PUBLISHER);
    }

    private Feed read(String path) throws Exception {
        ResponseEntity<byte[]> response = RestClient.create("http://localhost:" + port).get().uri(path).retrieve()
                .toEntity(byte[].class);
        assertThat(response.getHeaders().getContentType()).hasToString("application/atom+xml;charset=UTF-8");
        String xml = new String(response.getBody(), StandardCharsets.UTF_8);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        WireFeedInput input = new WireFeedInput(true, java.util.Locale.ROOT); // validating where Rome can
        return (Feed) input.build(new XmlReader(new ByteArrayInputStream(response.getBody())));
    }

    private static Entry entry(Feed feed, String id) {
        return feed.getEntries().stream().filter(e -> e.getId().endsWith(":release:" + id)).findFirst().orElseThrow();
    }

    private String publishNew(String title, String category, String issuer) {
        Map<String, Object> input = ReleaseWorkflowIntegrationTest.draft(title);
        input.put("categoryCode", category);
        input.put("issuerCode", issuer);
        input.put("summary", "摘要：" + title + " & <特殊> 字符");
        String id = editor.documentName("createRelease").variable("input", input).execute()
                .path("createRelease.release.id").entity(String.class).get();
        publisher.documentName("publishRelease").variable("id", id).execute()
                .path("publishRelease.userErrors").entityList(Object.class).hasSize(0);
        return id;
    }

    @Test
    void feedsAreValidAtomWithStableIdsAndUpdatedOnlyOnMajorEdits() throws Exception {
        String notice = publishNew("关于开展“十小”行业春季检查的通知", "NOTICE", "MARKET_REGULATION");
        String exposure = publishNew("曝光台：三户小餐饮限期整改", "EXPOSURE", "SHIXIAO_OFFICE");

        Feed all = read("/feeds/releases.atom");
        assertThat(all.getFeedType()).isEqualTo("atom_1.0");
        assertThat(all.getTitle()).isEqualTo("永嘉县“十小”新闻发布");
        Entry entry = entry(all, notice);
        assertThat(entry.getTitle()).isEqualTo("关于开展“十小”行业春季检查的通知");
        assertThat(entry.getSummary().getValue()).isEqualTo("摘要：关于开展“十小”行业春季检查的通知 & <特殊> 字符");
        assertThat(entry.getContents().getFirst().getValue()).contains("<strong>12</strong>");
        assertThat(entry.getAlternateLinks().getFirst().getHref()).isEqualTo("http://localhost:8081/releases/" + notice);
        assertThat(entry.getCategories().getFirst().getLabel()).isEqualTo("通知公告");
        assertThat(entry.getAuthors().getFirst().getName()).isEqualTo("永嘉县市场监督管理局");
        assertThat(entry(all, exposure).getId()).isNotEqualTo(entry.getId());
        var firstUpdated = entry.getUpdated();

        Feed notices = read("/feeds/releases/category/NOTICE.atom");
        assertThat(notices.getEntries()).extracting(e -> e.getCategories().getFirst().getTerm()).containsOnly("NOTICE");
        assertThat(entry(notices, notice).getId()).isEqualTo(entry.getId());
        Feed market = read("/feeds/releases/issuer/MARKET_REGULATION.atom");
        assertThat(market.getEntries()).extracting(e -> e.getAuthors().getFirst().getName()).containsOnly("永嘉县市场监督管理局");
        assertThat(market.getEntries()).extracting(Entry::getId).contains(entry.getId()).doesNotContain(entry(all, exposure).getId());

        // a minor edit leaves updated; a major one moves it; the ID never changes
        editor.documentName("updateRelease").variable("input", Map.of("id", notice, "title", "关于开展“十小”行业春季检查的通知（更正）",
                "changeKind", "MINOR")).execute().path("updateRelease.userErrors").entityList(Object.class).hasSize(0);
        Entry afterMinor = entry(read("/feeds/releases.atom"), notice);
        assertThat(afterMinor.getTitle()).endsWith("（更正）");
        assertThat(afterMinor.getUpdated()).isEqualTo(firstUpdated);
        // Atom dates carry whole seconds: let the clock leave the second of publication so a move can show
        await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(50))
                .until(() -> Instant.now().isAfter(firstUpdated.toInstant().plusSeconds(1)));
        editor.documentName("updateRelease").variable("input", Map.of("id", notice, "bodyMarkdown", "检查时间改为 **4 月**。",
                "changeKind", "MAJOR", "changeNote", "检查时间调整")).execute()
                .path("updateRelease.userErrors").entityList(Object.class).hasSize(0);
        Entry afterMajor = entry(read("/feeds/releases.atom"), notice);
        assertThat(afterMajor.getId()).isEqualTo(entry.getId());
        assertThat(afterMajor.getUpdated()).isAfter(firstUpdated);
        assertThat(afterMajor.getPublished()).isEqualTo(entry.getPublished());

        assertThatThrownBy(() -> read("/feeds/releases/category/NO_SUCH.atom"))
                .isInstanceOfSatisfying(HttpClientErrorException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(404));
    }
}
