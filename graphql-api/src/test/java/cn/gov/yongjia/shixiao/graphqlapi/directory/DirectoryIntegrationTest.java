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
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The business list: every filter, paging both ways, and nodes(ids). Uses townships no other test uses (岩坦, 枫林, 鹤盛, 金溪, 巽宅). */
@PlatformIntegrationTest
class DirectoryIntegrationTest {

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

    private String register(String name, String trade, String township, Integer score) {
        String id = admin.documentName("registerFullBusiness")
                .variable("input", Map.of("name", name, "trade", trade, "townshipCode", township))
                .execute().path("registerBusiness.business.id").entity(String.class).get();
        if (score != null) {
            Map<String, Object> inspection = new HashMap<>();
            inspection.put("businessId", id);
            inspection.put("inspectedOn", TODAY.minusDays(3).toString());
            inspection.put("kind", "ROUTINE_PATROL");
            inspection.put("hygieneScore", Math.min(40, score * 4 / 10));
            inspection.put("facilitiesScore", Math.min(30, score * 3 / 10));
            inspection.put("managementScore", score - Math.min(40, score * 4 / 10) - Math.min(30, score * 3 / 10));
            inspection.put("ownerDuties", Map.of("purchaseAcceptance", true, "ledger", true, "certificatesAndInvoices", true,
                    "qualityCommitment", true));
            inspection.put("outcome", "COMPLIANT");
            String inspectionId = admin.documentName("recordInspection").variable("input", inspection).execute()
                    .path("recordInspection.inspection.totalScore").entity(Integer.class).isEqualTo(score)
                    .path("recordInspection.inspection.id").entity(String.class).get();
            admin.documentName("publishInspection").variable("id", inspectionId).execute()
                    .path("publishInspection.inspection.publicationStatus").entity(String.class).isEqualTo("PUBLISHED");
        }
        return id;
    }

    private List<String> names(Map<String, Object> filter) {
        return anonymous.documentName("filteredBusinesses").variable("filter", filter).variable("first", 100).execute()
                .path("businesses.edges[*].node.name").entityList(String.class).get();
    }

    @Test
    void everyFilterNarrowsTheList() {
        register("金溪甲级面馆", "RESTAURANT", "YANTAN", 95);
        register("金溪乙级旅馆", "HOTEL", "YANTAN", 80);
        register("金溪整改浴室", "BATHHOUSE", "YANTAN", 50);
        register("金溪新开诊所", "CLINIC", "YANTAN", null);
        String closed = register("鹤盛关闭面馆", "RESTAURANT", "FENGLIN", 92);
        admin.documentName("changeBusinessStatus")
                .variable("input", Map.of("businessId", closed, "status", "CLOSED", "reason", "歇业")).execute()
                .path("changeBusinessStatus.business.status").entity(String.class).isEqualTo("CLOSED");
        List<String> here = List.of("YANTAN", "FENGLIN");

        assertThat(names(Map.of("townshipCodes", here))).containsExactly("金溪甲级面馆", "金溪乙级旅馆", "金溪整改浴室",
                "金溪新开诊所", "鹤盛关闭面馆");
        assertThat(names(Map.of("townshipCodes", here, "trades", List.of("RESTAURANT"))))
                .containsExactly("金溪甲级面馆", "鹤盛关闭面馆");
        assertThat(names(Map.of("townshipCodes", here, "statuses", List.of("CLOSED")))).containsExactly("鹤盛关闭面馆");
        assertThat(names(Map.of("townshipCodes", here, "ratingAtLeast", "B"))).containsExactly("金溪甲级面馆", "金溪乙级旅馆");
        assertThat(names(Map.of("townshipCodes", here, "ratings", List.of("B", "RECTIFY"))))
                .containsExactly("金溪乙级旅馆", "金溪整改浴室");
        assertThat(names(Map.of("townshipCodes", here, "demo", true))).isEmpty();
        assertThat(names(Map.of("townshipCodes", List.of("FENGLIN"), "changedSince", java.time.OffsetDateTime.now().plusHours(1).toString())))
                .isEmpty();
        anonymous.documentName("filteredBusinesses").variable("filter", Map.of("townshipCodes", here, "ratingAtLeast", "B"))
                .execute().path("businesses.totalCount").entity(Integer.class).isEqualTo(2);
    }

    @Test
    void pagesGoForwardAndBackWithoutGapsOrRepeats() {
        for (int i = 1; i <= 5; i++) {
            register("鹤盛翻页" + i, "FOOD_SHOP", "HESHENG", null);
        }
        Map<String, Object> filter = Map.of("townshipCodes", List.of("HESHENG"), "trades", List.of("FOOD_SHOP"));
        var firstPage = anonymous.documentName("filteredBusinesses").variable("filter", filter).variable("first", 2).execute();
        firstPage.path("businesses.edges[*].node.name").entityList(String.class).containsExactly("鹤盛翻页1", "鹤盛翻页2")
                .path("businesses.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        String end = firstPage.path("businesses.pageInfo.endCursor").entity(String.class).get();

        var second = anonymous.documentName("filteredBusinesses").variable("filter", filter).variable("first", 2)
                .variable("after", end).execute();
        second.path("businesses.edges[*].node.name").entityList(String.class).containsExactly("鹤盛翻页3", "鹤盛翻页4");
        String start = second.path("businesses.pageInfo.startCursor").entity(String.class).get();

        anonymous.documentName("filteredBusinesses").variable("filter", filter).variable("last", 2).variable("before", start)
                .execute()
                .path("businesses.edges[*].node.name").entityList(String.class).containsExactly("鹤盛翻页1", "鹤盛翻页2")
                .path("businesses.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false)
                .path("businesses.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        anonymous.documentName("filteredBusinesses").variable("filter", filter).variable("last", 2).execute()
                .path("businesses.edges[*].node.name").entityList(String.class).containsExactly("鹤盛翻页4", "鹤盛翻页5")
                .path("businesses.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);

        anonymous.documentName("filteredBusinesses").variable("first", 2).variable("last", 2).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "INVALID_ARGUMENT")));
    }

    @Test
    void partnersSyncMostRecentlyChangedFirst() {
        String first = register("巽宅同步一", "FOOD_SHOP", "XUNZHAI", null);
        register("巽宅同步二", "FOOD_SHOP", "XUNZHAI", null);
        register("巽宅同步三", "FOOD_SHOP", "XUNZHAI", null);
        admin.documentName("updateBusiness").variable("input", Map.of("id", first, "address", "巽宅新址")).execute()
                .path("updateBusiness.business.address").entity(String.class).isEqualTo("巽宅新址");
        Map<String, Object> filter = Map.of("townshipCodes", List.of("XUNZHAI"));

        var page = anonymous.documentName("recentlyChanged")
                .variable("filter", filter).variable("first", 2).execute();
        page.path("businesses.edges[*].node.name").entityList(String.class).containsExactly("巽宅同步一", "巽宅同步三")
                .path("businesses.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        anonymous.documentName("recentlyChanged").variable("filter", filter)
                .variable("first", 2).variable("after", page.path("businesses.pageInfo.endCursor").entity(String.class).get())
                .execute()
                .path("businesses.edges[*].node.name").entityList(String.class).containsExactly("巽宅同步二")
                .path("businesses.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void nodesReturnsEachIdInOrderWithNullsForUnknownOnes() {
        String a = register("金溪节点甲", "KARAOKE", "JINXI", null);
        String b = register("金溪节点乙", "INTERNET_CAFE", "JINXI", null);
        anonymous.documentName("nodes").variable("ids", List.of(b, "QnVzaW5lc3M6OTk5OTk5OQ", a)).execute()
                .path("nodes[0].name").entity(String.class).isEqualTo("金溪节点乙")
                .path("nodes[1]").valueIsNull()
                .path("nodes[2].name").entity(String.class).isEqualTo("金溪节点甲");
    }
}
