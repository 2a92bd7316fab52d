package cn.gov.yongjia.shixiao.graphqlapi.directory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NAME (pinyin) and RATING orders of the business list: keyset cursors both ways that stay stable while
 * businesses are registered. Uses the townships 沙头, 黄田 and 乌牛 only.
 */
@PlatformIntegrationTest
class BusinessOrderIntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    HttpGraphQlTester admin;
    HttpGraphQlTester anonymous;

    @BeforeEach
    void clients() {
        StaffClients.ensureAccounts(accounts);
        admin = StaffClients.as(port, StaffClients.ADMIN);
        anonymous = StaffClients.anonymous(port);
    }

    private void register(String name, String township, Integer score) {
        String id = admin.documentName("registerBusiness")
                .variable("input", Map.of("name", name, "trade", "FOOD_SHOP", "townshipCode", township))
                .execute().path("registerBusiness.business.id").entity(String.class).get();
        if (score == null) {
            return;
        }
        Map<String, Object> inspection = new HashMap<>();
        inspection.put("businessId", id);
        inspection.put("inspectedOn", TODAY.minusDays(2).toString());
        inspection.put("kind", "ROUTINE_PATROL");
        int hygiene = Math.min(40, score * 4 / 10);
        int facilities = Math.min(30, score * 3 / 10);
        inspection.put("hygieneScore", hygiene);
        inspection.put("facilitiesScore", facilities);
        inspection.put("managementScore", score - hygiene - facilities);
        inspection.put("ownerDuties", Map.of("purchaseAcceptance", true, "ledger", true, "certificatesAndInvoices", true,
                "qualityCommitment", true));
        inspection.put("outcome", score < 60 ? "RECTIFY_BY_DEADLINE" : "COMPLIANT");
        if (score < 60) {
            inspection.put("followUpDue", TODAY.plusDays(20).toString());
        }
        String inspectionId = admin.documentName("recordInspection").variable("input", inspection).execute()
                .path("recordInspection.inspection.totalScore").entity(Integer.class).isEqualTo(score)
                .path("recordInspection.inspection.id").entity(String.class).get();
        admin.documentName("publishInspection").variable("id", inspectionId).execute()
                .path("publishInspection.inspection.publicationStatus").entity(String.class).isEqualTo("PUBLISHED");
    }

    private GraphQlTester.Response page(String township, String order, Integer first, String after, Integer last,
                                        String before) {
        return anonymous.documentName("sortedBusinesses")
                .variable("filter", Map.of("townshipCodes", List.of(township)))
                .variable("orderBy", order).variable("first", first).variable("after", after)
                .variable("last", last).variable("before", before).execute();
    }

    private static List<String> names(GraphQlTester.Response response) {
        return response.path("businesses.edges[*].node.name").entityList(String.class).get();
    }

    private static String cursor(GraphQlTester.Response response, String which) {
        return response.path("businesses.pageInfo." + which).entity(String.class).get();
    }

    @Test
    void byNameInPinyinOrderStableWhileBusinessesAreRegisteredAndBackwards() {
        // 阿 a, 北 bei, 东 dong, 李 li, 张 zhang: pinyin order, not the order of registration or of code points
        for (String name : List.of("沙头张记面馆", "沙头李记小炒", "沙头阿福小吃", "沙头东风食品店", "沙头北门副食店")) {
            register(name, "SHATOU", null);
        }
        GraphQlTester.Response first = page("SHATOU", "NAME", 2, null, null, null);
        assertThat(names(first)).containsExactly("沙头阿福小吃", "沙头北门副食店");
        first.path("businesses.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("businesses.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false)
                .path("businesses.totalCount").entity(Integer.class).isEqualTo(5);

        register("沙头安心食品店", "SHATOU", null); // 安 an: before the cursor, so not on the next pages
        register("沙头田园面馆", "SHATOU", null);   // 田 tian: after it, so it appears in its place

        GraphQlTester.Response second = page("SHATOU", "NAME", 2, cursor(first, "endCursor"), null, null);
        assertThat(names(second)).containsExactly("沙头东风食品店", "沙头李记小炒");
        second.path("businesses.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
        GraphQlTester.Response third = page("SHATOU", "NAME", 2, cursor(second, "endCursor"), null, null);
        assertThat(names(third)).containsExactly("沙头田园面馆", "沙头张记面馆");
        third.path("businesses.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
                .path("businesses.totalCount").entity(Integer.class).isEqualTo(7);

        GraphQlTester.Response last = page("SHATOU", "NAME", null, null, 3, null);
        assertThat(names(last)).containsExactly("沙头李记小炒", "沙头田园面馆", "沙头张记面馆");
        last.path("businesses.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true)
                .path("businesses.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        GraphQlTester.Response before = page("SHATOU", "NAME", null, null, 3, cursor(last, "startCursor"));
        assertThat(names(before)).containsExactly("沙头安心食品店", "沙头北门副食店", "沙头东风食品店");
        before.path("businesses.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("businesses.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
        assertThat(names(page("SHATOU", "NAME", null, null, 3, cursor(before, "startCursor"))))
                .containsExactly("沙头阿福小吃");
    }

    @Test
    void byRatingBestFirstThenByNamePendingLastBothWays() {
        register("黄田甲店", "HUANGTIAN", 80);
        register("黄田乙店", "HUANGTIAN", 95);
        register("黄田丙店", "HUANGTIAN", null);
        register("黄田丁店", "HUANGTIAN", 65);
        register("黄田戊店", "HUANGTIAN", 50);
        register("黄田己店", "HUANGTIAN", 95);
        List<String> expected = List.of("黄田己店", "黄田乙店", "黄田甲店", "黄田丁店", "黄田戊店", "黄田丙店");

        GraphQlTester.Response all = page("HUANGTIAN", "RATING", 10, null, null, null);
        assertThat(names(all)).containsExactlyElementsOf(expected);
        assertThat(all.path("businesses.edges[*].node.rating.grade").entityList(String.class).get())
                .containsExactly("A", "A", "B", "C", "RECTIFY", null);

        GraphQlTester.Response first = page("HUANGTIAN", "RATING", 4, null, null, null);
        assertThat(names(first)).containsExactlyElementsOf(expected.subList(0, 4));
        register("黄田庚店", "HUANGTIAN", 96); // an A: before the cursor, so not seen on the next page
        GraphQlTester.Response next = page("HUANGTIAN", "RATING", 4, cursor(first, "endCursor"), null, null);
        assertThat(names(next)).containsExactly("黄田戊店", "黄田丙店");
        next.path("businesses.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);

        GraphQlTester.Response last = page("HUANGTIAN", "RATING", null, null, 3, null);
        assertThat(names(last)).containsExactly("黄田丁店", "黄田戊店", "黄田丙店");
        GraphQlTester.Response before = page("HUANGTIAN", "RATING", null, null, 3, cursor(last, "startCursor"));
        // 庚 geng, 己 ji, 乙 yi: the As in pinyin order
        assertThat(names(before)).containsExactly("黄田己店", "黄田乙店", "黄田甲店");
        before.path("businesses.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
        assertThat(names(page("HUANGTIAN", "RATING", null, null, 3, cursor(before, "startCursor")))).containsExactly("黄田庚店");
    }

    @Test
    void aCursorBelongsToItsOrder() {
        register("乌牛游标测试店", "WUNIU", null);
        String nameCursor = cursor(page("WUNIU", "NAME", 1, null, null, null), "endCursor");
        String registeredCursor = cursor(page("WUNIU", "REGISTERED", 1, null, null, null), "endCursor");

        page("WUNIU", "RATING", 1, nameCursor, null, null).errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "INVALID_ARGUMENT")));
        page("WUNIU", "NAME", 1, registeredCursor, null, null).errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "INVALID_ARGUMENT")));
        page("WUNIU", "NAME", 101, null, null, null).errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "INVALID_ARGUMENT")));
    }
}
