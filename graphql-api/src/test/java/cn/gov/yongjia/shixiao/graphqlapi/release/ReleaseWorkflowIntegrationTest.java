package cn.gov.yongjia.shixiao.graphqlapi.release;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import cn.gov.yongjia.shixiao.graphqlapi.relay.GlobalId;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release workflow end to end through the API: editors draft, publishers publish (never their own draft, by the
 * county's setting), edits after publication are minor or major, withdrawal keeps the page, all audited.
 */
@PlatformIntegrationTest
class ReleaseWorkflowIntegrationTest {

    private static final String MONTH = LocalDate.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.ofPattern("yyyyMM"));

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

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

    static Map<String, Object> draft(String title) {
        Map<String, Object> input = new HashMap<>();
        input.put("issuerCode", "SHIXIAO_OFFICE");
        input.put("title", title);
        input.put("summary", "关于“十小”行业整治的工作动态。");
        input.put("bodyMarkdown", "## 工作进展\n\n本周共检查 **12** 户小餐饮。");
        input.put("categoryCode", "WORK_NEWS");
        input.put("keywords", List.of("十小", "小餐饮"));
        return input;
    }

    private String register(String name) {
        return StaffClients.as(port, StaffClients.ADMIN).documentName("registerFullBusiness")
                .variable("input", Map.of("name", name, "trade", "RESTAURANT", "townshipCode", "OUBEI"))
                .execute().path("registerBusiness.business.id").entity(String.class).get();
    }

    private String create(Map<String, Object> input) {
        return editor.documentName("createRelease").variable("input", input).execute()
                .path("createRelease.userErrors").entityList(Object.class).hasSize(0)
                .path("createRelease.release.id").entity(String.class).get();
    }

    private void publish(String id) {
        publisher.documentName("publishRelease").variable("id", id).execute()
                .path("publishRelease.userErrors").entityList(Object.class).hasSize(0)
                .path("publishRelease.release.state").entity(String.class).isEqualTo("PUBLISHED");
    }

    private static void refused(GraphQlTester.Response response, String code) {
        response.errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", code)));
    }

    @Test
    void aDraftGetsAnIndexNumberAndIsPublicOnlyOncePublished() {
        String business = register("发布测试面馆" + System.nanoTime());
        Map<String, Object> input = draft("瓯北街道开展小餐饮专项检查");
        input.put("businessIds", List.of(business));
        input.put("documentNumber", "永十小办〔2026〕1号");
        String id = editor.documentName("createRelease").variable("input", input).execute()
                .path("createRelease.userErrors").entityList(Object.class).hasSize(0)
                .path("createRelease.release.state").entity(String.class).isEqualTo("DRAFT")
                .path("createRelease.release.indexNumber").entity(String.class)
                .satisfies(n -> assertThat(n).matches("3303240100/" + MONTH + "-\\d{5}"))
                .path("createRelease.release.issuer.name").entity(String.class).isEqualTo("永嘉县“十小”行业整治办公室")
                .path("createRelease.release.category.name").entity(String.class).isEqualTo("工作动态")
                .path("createRelease.release.documentNumber").entity(String.class).isEqualTo("永十小办〔2026〕1号")
                .path("createRelease.release.bodyHtml").entity(String.class)
                .isEqualTo("<h2>工作进展</h2>\n<p>本周共检查 <strong>12</strong> 户小餐饮。</p>\n")
                .path("createRelease.release.author").entity(String.class).isEqualTo(ReleaseTestAccounts.EDITOR)
                .path("createRelease.release.publishedAt").valueIsNull()
                .path("createRelease.release.businesses[0].id").entity(String.class).isEqualTo(business)
                .path("createRelease.release.id").entity(String.class).get();
        String indexNumber = editor.documentName("release").variable("id", id).execute()
                .path("release.indexNumber").entity(String.class).get();

        // a draft does not exist for the public, nor on the business's page
        anonymous.documentName("release").variable("id", id).execute().path("release").valueIsNull();
        anonymous.documentName("release").variable("indexNumber", indexNumber).execute().path("release").valueIsNull();
        anonymous.documentName("node").variable("id", id).execute().path("node").valueIsNull();
        anonymous.documentName("businessReleases").variable("id", business).execute()
                .path("node.releases").entityList(Object.class).hasSize(0);

        publish(id);

        anonymous.documentName("release").variable("indexNumber", indexNumber).execute()
                .path("release.id").entity(String.class).isEqualTo(id)
                .path("release.state").entity(String.class).isEqualTo("PUBLISHED")
                .path("release.publishedAt").entity(String.class).satisfies(t -> assertThat(t).endsWith("+08:00"))
                .path("release.permalink").entity(String.class).isEqualTo("http://localhost:8081/releases/" + id)
                .path("release.author").valueIsNull()
                .path("release.publisher").valueIsNull();
        // two-way: the business shows the release, and the list filters by business
        anonymous.documentName("businessReleases").variable("id", business).execute()
                .path("node.releases[*].id").entityList(String.class).containsExactly(id);
        anonymous.documentName("releases").variable("filter", Map.of("businessId", business)).execute()
                .path("releases.totalCount").entity(Integer.class).isEqualTo(1)
                .path("releases.edges[0].node.id").entity(String.class).isEqualTo(id);
    }

    @Test
    void onlyEditorsDraftAndOnlyPublishersPublish() {
        refused(anonymous.documentName("createRelease").variable("input", draft("匿名")).execute(), "UNAUTHENTICATED");
        refused(StaffClients.as(port, StaffClients.POLICE_INSPECTOR).documentName("createRelease")
                .variable("input", draft("检查员无权")).execute(), "FORBIDDEN");
        refused(publisher.documentName("createRelease").variable("input", draft("发布人无编辑权")).execute(), "FORBIDDEN");
        String id = create(draft("编辑写的草稿"));
        refused(editor.documentName("publishRelease").variable("id", id).execute(), "FORBIDDEN");
        refused(StaffClients.as(port, StaffClients.OUBEI_OFFICER).documentName("publishRelease").variable("id", id).execute(),
                "FORBIDDEN");
        // a press officer acts on releases only, never on businesses
        refused(StaffClients.as(port, ReleaseTestAccounts.BOTH).documentName("registerBusiness").variable("input",
                Map.of("name", "新闻员不能登记" + System.nanoTime(), "trade", "RESTAURANT", "townshipCode", "OUBEI")).execute(),
                "FORBIDDEN");

        // the county's setting: the author may not publish their own draft, even holding both rights
        HttpGraphQlTester both = StaffClients.as(port, ReleaseTestAccounts.BOTH);
        String own = both.documentName("createRelease").variable("input", draft("自己写的")).execute()
                .path("createRelease.release.id").entity(String.class).get();
        both.documentName("publishRelease").variable("id", own).execute()
                .path("publishRelease.release").valueIsNull()
                .path("publishRelease.userErrors[0].code").entity(String.class).isEqualTo("INVALID")
                .path("publishRelease.userErrors[0].message").entity(String.class).satisfies(m -> assertThat(m).contains("四眼"));
        both.documentName("scheduleRelease").variable("id", own)
                .variable("publishAt", OffsetDateTime.now().plusDays(1).toString()).execute()
                .path("scheduleRelease.userErrors[0].code").entity(String.class).isEqualTo("INVALID");
        publish(own); // someone else may
        assertThat(jdbc.sql("select state from news_release where id = :id")
                .param("id", GlobalId.keyOf(own, "Release", "id")).query(String.class).single()).isEqualTo("PUBLISHED");
    }

    @Test
    void inputMistakesComeBackAsUserErrorsAndNothingIsWritten() {
        long before = jdbc.sql("select count(*) from news_release").query(Long.class).single();
        Map<String, Object> input = draft(" ");
        input.put("issuerCode", "NOBODY");
        input.put("categoryCode", "NO_SUCH");
        input.put("keywords", List.of("正常", " "));
        input.put("effectiveOn", "2026-12-01");
        input.put("repealedOn", "2026-11-01");
        editor.documentName("createRelease").variable("input", input).execute()
                .path("createRelease.release").valueIsNull()
                .path("createRelease.userErrors[*].field[1]").entityList(String.class)
                .satisfies(fields -> assertThat(fields)
                        .containsExactlyInAnyOrder("title", "categoryCode", "keywords", "repealedOn", "issuerCode"));
        assertThat(jdbc.sql("select count(*) from news_release").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void editsAfterPublicationAreMinorOrMajorAndMajorOnesArePublicHistory() {
        String id = create(draft("原标题"));
        publish(id);
        String firstRevision = anonymous.documentName("release").variable("id", id).execute()
                .path("release.revisedAt").entity(String.class).get();

        editor.documentName("updateRelease").variable("input", Map.of("id", id, "title", "无类别")).execute()
                .path("updateRelease.userErrors[0].field[1]").entity(String.class).isEqualTo("changeKind")
                .path("updateRelease.userErrors[0].code").entity(String.class).isEqualTo("REQUIRED");
        editor.documentName("updateRelease").variable("input", Map.of("id", id, "title", "无说明", "changeKind", "MAJOR"))
                .execute()
                .path("updateRelease.userErrors[0].field[1]").entity(String.class).isEqualTo("changeNote");

        editor.documentName("updateRelease").variable("input", Map.of("id", id, "title", "原标题（改错字）", "changeKind", "MINOR"))
                .execute()
                .path("updateRelease.userErrors").entityList(Object.class).hasSize(0)
                .path("updateRelease.release.revisedAt").entity(String.class).isEqualTo(firstRevision);
        anonymous.documentName("release").variable("id", id).execute()
                .path("release.title").entity(String.class).isEqualTo("原标题（改错字）")
                .path("release.changes").entityList(Object.class).hasSize(0);

        editor.documentName("updateRelease").variable("input", Map.of("id", id, "bodyMarkdown", "检查户数更正为 **13** 户。",
                        "changeKind", "MAJOR", "changeNote", "更正检查户数"))
                .execute()
                .path("updateRelease.userErrors").entityList(Object.class).hasSize(0)
                .path("updateRelease.release.revisedAt").entity(String.class).satisfies(t -> assertThat(t).isNotEqualTo(firstRevision));
        anonymous.documentName("release").variable("id", id).execute()
                .path("release.summary").entity(String.class).isEqualTo("关于“十小”行业整治的工作动态。")
                .path("release.changes[*].kind").entityList(String.class).containsExactly("MAJOR")
                .path("release.changes[0].note").entity(String.class).isEqualTo("更正检查户数");
        editor.documentName("release").variable("id", id).execute()
                .path("release.changes[*].kind").entityList(String.class).containsExactly("MINOR", "MAJOR");
    }

    @Test
    void aWithdrawnReleaseKeepsItsLinkWithTheNoticeAndCannotChange() {
        String id = create(draft("将撤回的发布"));
        publisher.documentName("withdrawRelease").variable("id", id).variable("reason", "未发布不能撤回").execute()
                .path("withdrawRelease.userErrors[0].code").entity(String.class).isEqualTo("INVALID");
        publish(id);
        refused(editor.documentName("withdrawRelease").variable("id", id).variable("reason", "编辑无权").execute(), "FORBIDDEN");
        publisher.documentName("withdrawRelease").variable("id", id).variable("reason", "数据有误，另行发布").execute()
                .path("withdrawRelease.userErrors").entityList(Object.class).hasSize(0)
                .path("withdrawRelease.release.state").entity(String.class).isEqualTo("WITHDRAWN");

        anonymous.documentName("release").variable("id", id).execute()
                .path("release.state").entity(String.class).isEqualTo("WITHDRAWN")
                .path("release.title").entity(String.class).isEqualTo("将撤回的发布")
                .path("release.withdrawal.reason").entity(String.class).isEqualTo("数据有误，另行发布")
                .path("release.withdrawal.withdrawnAt").entity(String.class).satisfies(t -> assertThat(t).endsWith("+08:00"));
        editor.documentName("updateRelease").variable("input", Map.of("id", id, "title", "改", "changeKind", "MINOR")).execute()
                .path("updateRelease.userErrors[0].code").entity(String.class).isEqualTo("INVALID");
        publisher.documentName("publishRelease").variable("id", id).execute()
                .path("publishRelease.userErrors[0].code").entity(String.class).isEqualTo("INVALID");

        long key = GlobalId.keyOf(id, "Release", "id");
        assertThat(jdbc.sql("select action from audit_entry where entity_type = 'Release' and entity_key = :key order by id")
                .param("key", key).query(String.class).list())
                .containsExactly("RELEASE_CREATED", "RELEASE_PUBLISHED", "RELEASE_WITHDRAWN");
        assertThat(jdbc.sql("select actor from audit_entry where entity_type = 'Release' and entity_key = :key order by id")
                .param("key", key).query(String.class).list())
                .containsExactly(ReleaseTestAccounts.EDITOR, ReleaseTestAccounts.PUBLISHER, ReleaseTestAccounts.PUBLISHER);
    }

    @Test
    void aTranslationLinksBothWays() {
        String original = create(draft("十小行业长效监管"));
        publish(original);
        Map<String, Object> english = draft("Long-term supervision of the ten small trades");
        english.put("language", "EN");
        english.put("translationOfId", original);
        String translation = create(english);
        publish(translation);
        anonymous.documentName("release").variable("id", original).execute()
                .path("release.language").entity(String.class).isEqualTo("ZH")
                .path("release.translation.id").entity(String.class).isEqualTo(translation);
        anonymous.documentName("release").variable("id", translation).execute()
                .path("release.translation.id").entity(String.class).isEqualTo(original)
                .path("release.translation.language").entity(String.class).isEqualTo("ZH");
        // a second translation, or a translation in the same language, is refused
        editor.documentName("createRelease").variable("input", english).execute()
                .path("createRelease.userErrors[0].field[1]").entity(String.class).isEqualTo("translationOfId");
    }

    @Test
    void theListFiltersSortsAndPages() {
        String business = register("列表测试面馆" + System.nanoTime());
        List<String> ids = new java.util.ArrayList<>();
        for (String category : List.of("NOTICE", "EXPOSURE", "NOTICE")) {
            Map<String, Object> input = draft("列表" + category);
            input.put("categoryCode", category);
            input.put("businessIds", List.of(business));
            String id = create(input);
            publish(id);
            ids.add(id);
        }
        Map<String, Object> filter = new HashMap<>(Map.of("businessId", business, "categories", List.of("NOTICE")));
        anonymous.documentName("releases").variable("filter", filter).execute()
                .path("releases.totalCount").entity(Integer.class).isEqualTo(2)
                .path("releases.edges[*].node.id").entityList(String.class).containsExactly(ids.get(2), ids.get(0));
        anonymous.documentName("releases").variable("filter", filter).variable("sort", "OLDEST").execute()
                .path("releases.edges[*].node.id").entityList(String.class).containsExactly(ids.get(0), ids.get(2));
        String cursor = anonymous.documentName("releases").variable("filter", Map.of("businessId", business))
                .variable("first", 2).execute()
                .path("releases.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("releases.edges[*].node.id").entityList(String.class).containsExactly(ids.get(2), ids.get(1))
                .path("releases.pageInfo.endCursor").entity(String.class).get();
        anonymous.documentName("releases").variable("filter", Map.of("businessId", business)).variable("after", cursor)
                .execute()
                .path("releases.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
                .path("releases.edges[*].node.id").entityList(String.class).containsExactly(ids.get(0));
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        anonymous.documentName("releases").variable("filter", Map.of("businessId", business, "issuers", List.of("SHIXIAO_OFFICE"),
                        "language", "ZH", "publishedFrom", today, "publishedUntil", today)).execute()
                .path("releases.totalCount").entity(Integer.class).isEqualTo(3);
        anonymous.documentName("releases").variable("filter", Map.of("businessId", business, "publishedUntil", "2020-01-01"))
                .execute()
                .path("releases.totalCount").entity(Integer.class).isEqualTo(0);
        // drafts are listed for editors only
        refused(anonymous.documentName("releases").variable("filter", Map.of("states", List.of("DRAFT"))).execute(),
                "UNAUTHENTICATED");
        refused(StaffClients.as(port, StaffClients.OUBEI_OFFICER).documentName("releases")
                .variable("filter", Map.of("states", List.of("DRAFT"))).execute(), "FORBIDDEN");
    }

    @Test
    void thePreviewGivesExactlyTheHtmlOfThePublishedBody() {
        String markdown = "# 标题\n\n<script>alert(1)</script>\n\n[链接](javascript:alert(1)) ![图](https://ok.example/a.png)"
                + "\n\n<img src=x onerror=alert(1)>";
        String preview = editor.documentName("releasePreview").variable("markdown", markdown).execute()
                .path("releasePreview").entity(String.class).get();
        assertThat(preview).isEqualTo("""
                <h1>标题</h1>
                <p>&lt;script&gt;alert(1)&lt;/script&gt;</p>
                <p><a rel="nofollow noopener noreferrer">链接</a> <img src="https://ok.example/a.png" alt="图"></p>
                <p>&lt;img src=x onerror=alert(1)&gt;</p>
                """);
        Map<String, Object> input = draft("预览一致");
        input.put("bodyMarkdown", markdown);
        String id = create(input);
        publish(id);
        anonymous.documentName("release").variable("id", id).execute()
                .path("release.bodyHtml").entity(String.class).isEqualTo(preview)
                .path("release.bodyMarkdown").entity(String.class).isEqualTo(markdown);
        refused(anonymous.documentName("releasePreview").variable("markdown", markdown).execute(), "UNAUTHENTICATED");
        refused(publisher.documentName("releasePreview").variable("markdown", markdown).execute(), "FORBIDDEN");
    }

    @Test
    void categoriesAreAManagedList() {
        anonymous.documentName("releaseCatalogue").execute()
                .path("releaseCategories[*].name").entityList(String.class)
                .contains("工作动态", "通知公告", "曝光台", "政策解读", "示范创建")
                .path("releaseIssuers[*].code").entityList(String.class).contains("COUNTY_GOVERNMENT_OFFICE", "SHIXIAO_OFFICE");
        String code = "TEST_" + (System.nanoTime() % 1_000_000_000L);
        refused(editor.documentName("defineReleaseCategory").variable("code", code).variable("name", "培训" + code)
                .variable("nameEn", "Training").execute(), "FORBIDDEN");
        StaffClients.as(port, StaffClients.ADMIN).documentName("defineReleaseCategory").variable("code", code)
                .variable("name", "培训" + code).variable("nameEn", "Training").execute()
                .path("defineReleaseCategory.category.code").entity(String.class).isEqualTo(code);
        StaffClients.as(port, StaffClients.ADMIN).documentName("defineReleaseCategory").variable("code", code)
                .variable("name", "培训" + code).variable("nameEn", "Training").execute()
                .path("defineReleaseCategory.userErrors[0].code").entity(String.class).isEqualTo("DUPLICATE");
        Map<String, Object> input = draft("用新分类");
        input.put("categoryCode", code);
        create(input);
    }
}
