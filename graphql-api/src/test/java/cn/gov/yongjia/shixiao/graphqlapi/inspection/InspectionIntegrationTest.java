package cn.gov.yongjia.shixiao.graphqlapi.inspection;

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
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Inspections are recorded as drafts, published by staff in scope, and then make the business's rating. */
@PlatformIntegrationTest
class InspectionIntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    HttpGraphQlTester admin;
    HttpGraphQlTester anonymous;

    @BeforeEach
    void clients() {
        StaffClients.ensureAccounts(accounts);
        admin = StaffClients.as(port, StaffClients.ADMIN);
        anonymous = StaffClients.anonymous(port);
    }

    private String register(String name, String trade) {
        return admin.documentName("registerFullBusiness")
                .variable("input", Map.of("name", name, "trade", trade, "townshipCode", "OUBEI"))
                .execute().path("registerBusiness.business.id").entity(String.class).get();
    }

    static Map<String, Object> inspection(String businessId, LocalDate on, int hygiene, int facilities, int management) {
        Map<String, Object> input = new HashMap<>();
        input.put("businessId", businessId);
        input.put("inspectedOn", on.toString());
        input.put("kind", "ROUTINE_PATROL");
        input.put("departmentCode", "MARKET_REGULATION");
        input.put("inspectors", List.of("张检查", "李检查"));
        input.put("hygieneScore", hygiene);
        input.put("facilitiesScore", facilities);
        input.put("managementScore", management);
        input.put("ownerDuties", Map.of("purchaseAcceptance", true, "ledger", true, "certificatesAndInvoices", false,
                "qualityCommitment", true));
        input.put("outcome", "COMPLIANT");
        input.put("publicSummary", "总体良好，索证索票待完善。");
        return input;
    }

    private String record(Map<String, Object> input) {
        return admin.documentName("recordInspection").variable("input", input).execute()
                .path("recordInspection.userErrors").entityList(Object.class).hasSize(0)
                .path("recordInspection.inspection.id").entity(String.class).get();
    }

    private void publish(String inspectionId) {
        admin.documentName("publishInspection").variable("id", inspectionId).execute()
                .path("publishInspection.inspection.publicationStatus").entity(String.class).isEqualTo("PUBLISHED");
    }

    @Test
    void aNewBusinessIsPendingUntilItsFirstInspectionIsPublished() {
        String business = register("瓯北评级面馆", "RESTAURANT");
        anonymous.documentName("businessRating").variable("id", business).execute()
                .path("business.rating.pending").entity(Boolean.class).isEqualTo(true)
                .path("business.rating.pendingReason").entity(String.class).isEqualTo("AWAITING_FIRST_INSPECTION");

        Map<String, Object> input = inspection(business, TODAY.minusDays(2), 38, 27, 26);
        input.put("violations", List.of(
                Map.of("code", "M03", "correction", "BY_DEADLINE", "deadline", TODAY.plusDays(14).toString(), "note", "补齐票据"),
                Map.of("code", "H03", "correction", "ON_THE_SPOT")));
        String draft = admin.documentName("recordInspection").variable("input", input).execute()
                .path("recordInspection.inspection.totalScore").entity(Integer.class).isEqualTo(91)
                .path("recordInspection.inspection.publicationStatus").entity(String.class).isEqualTo("DRAFT")
                .path("recordInspection.inspection.violations[*].code").entityList(String.class).containsExactly("M03", "H03")
                .path("recordInspection.inspection.violations[1].closedOn").entity(String.class).isEqualTo(TODAY.minusDays(2).toString())
                .path("recordInspection.inspection.violations[0].codeListVersion").entity(String.class).isEqualTo("2026.1")
                .path("recordInspection.inspection.id").entity(String.class).get();

        // a draft is not public: no rating yet, invisible to the public, visible to staff
        anonymous.documentName("businessRating").variable("id", business).execute()
                .path("business.rating.pendingReason").entity(String.class).isEqualTo("AWAITING_FIRST_INSPECTION")
                .path("business.inspections").entityList(Object.class).hasSize(0);
        anonymous.documentName("node").variable("id", draft).execute().path("node").valueIsNull();
        admin.documentName("businessRating").variable("id", business).execute()
                .path("business.inspections[0].publicationStatus").entity(String.class).isEqualTo("DRAFT");

        publish(draft);

        anonymous.documentName("businessRating").variable("id", business).execute()
                .path("business.rating.pending").entity(Boolean.class).isEqualTo(false)
                .path("business.rating.grade").entity(String.class).isEqualTo("A")
                .path("business.rating.face").entity(String.class).isEqualTo("SMILE")
                .path("business.rating.score").entity(Integer.class).isEqualTo(91)
                .path("business.rating.validUntil").entity(String.class).isEqualTo(TODAY.minusDays(2).plusMonths(12).toString())
                .path("business.rating.stale").entity(Boolean.class).isEqualTo(false)
                .path("business.rating.basedOn.id").entity(String.class).isEqualTo(draft)
                .path("business.inspections[0].inspectors").valueIsNull()
                .path("business.inspections[0].violations[*].code").entityList(String.class).containsExactly("M03", "H03");
        admin.documentName("businessRating").variable("id", business).execute()
                .path("business.inspections[0].inspectors").entityList(String.class).containsExactly("张检查", "李检查");
    }

    @Test
    void theHistoryKeepsEveryPublishedRatingAndAnOldOneGoesStale() {
        String business = register("瓯北历史理发", "BARBERSHOP");
        publish(record(inspection(business, TODAY.minusMonths(30), 30, 20, 20)));   // 70: C
        publish(record(inspection(business, TODAY.minusMonths(14), 36, 25, 25)));   // 86: B

        anonymous.documentName("businessRating").variable("id", business).execute()
                .path("business.rating.grade").entity(String.class).isEqualTo("B")
                .path("business.rating.stale").entity(Boolean.class).isEqualTo(true)
                .path("business.ratingHistory[*].grade").entityList(String.class).containsExactly("B", "C")
                .path("business.ratingHistory[*].score").entityList(Integer.class).containsExactly(86, 70);
    }

    @Test
    void aSuspensionOrderSuspendsTheBusinessWhenPublished() {
        String business = register("瓯北停业浴室", "BATHHOUSE");
        Map<String, Object> input = inspection(business, TODAY, 10, 10, 10);
        input.put("outcome", "SUSPENSION_ORDERED");
        input.put("violations", List.of(Map.of("code", "F02", "correction", "NOT_CORRECTED")));
        publish(record(input));

        anonymous.documentName("businessRating").variable("id", business).execute()
                .path("business.status").entity(String.class).isEqualTo("SUSPENDED")
                .path("business.rating.pendingReason").entity(String.class).isEqualTo("SUSPENDED");
    }

    @Test
    void badInspectionsAreRefusedFieldByFieldAndWriteNothing() {
        String business = register("瓯北错误检查", "RESTAURANT");
        long before = jdbc.sql("select count(*) from inspection").query(Long.class).single();
        Map<String, Object> input = inspection(business, TODAY.plusDays(1), 41, -1, 31);
        input.put("outcome", "RECTIFY_BY_DEADLINE");
        input.put("violations", List.of(Map.of("code", "ZZ99", "correction", "BY_DEADLINE")));

        List<String> fields = admin.documentName("recordInspection").variable("input", input).execute()
                .path("recordInspection.inspection").valueIsNull()
                .path("recordInspection.userErrors[*].field").entityList(List.class).get()
                .stream().map(f -> String.join(".", (List<String>) f)).toList();

        assertThat(fields).containsExactlyInAnyOrder("input.inspectedOn", "input.hygieneScore", "input.facilitiesScore",
                "input.managementScore", "input.followUpDue", "input.violations.0.code", "input.violations.0.deadline");
        assertThat(jdbc.sql("select count(*) from inspection").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void onlyStaffInScopeRecordAndPublish() {
        String restaurant = register("瓯北越权检查", "RESTAURANT");
        StaffClients.as(port, StaffClients.POLICE_INSPECTOR).documentName("recordInspection")
                .variable("input", inspection(restaurant, TODAY, 30, 20, 20)).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "FORBIDDEN")));
        String draft = record(inspection(restaurant, TODAY, 30, 20, 20));
        anonymous.documentName("publishInspection").variable("id", draft).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "UNAUTHENTICATED")));
        // the township officer of 瓯北 records in their own name, for their township
        StaffClients.as(port, StaffClients.OUBEI_OFFICER).documentName("recordInspection")
                .variable("input", inspection(restaurant, TODAY, 30, 20, 20)).execute()
                .path("recordInspection.inspection.township.code").entity(String.class).isEqualTo("OUBEI");
        publish(draft);
        admin.documentName("publishInspection").variable("id", draft).execute()
                .path("publishInspection.userErrors[0].code").entity(String.class).isEqualTo("INVALID");
    }

    @Test
    void theInspectionListShowsThePublicRecordAndFilters() {
        String business = register("瓯北列表面馆", "RESTAURANT");
        Map<String, Object> spot = inspection(business, TODAY.minusDays(5), 35, 25, 25);
        spot.put("kind", "SPOT_CHECK");
        String published = record(spot);
        publish(published);
        String draft = record(inspection(business, TODAY, 30, 20, 20));

        anonymous.documentName("inspectionList").variable("filter", Map.of("businessId", business)).execute()
                .path("inspections.edges[*].node.id").entityList(String.class).containsExactly(published)
                .path("inspections.edges[0].node.business.name").entity(String.class).isEqualTo("瓯北列表面馆");
        admin.documentName("inspectionList").variable("filter", Map.of("businessId", business)).execute()
                .path("inspections.edges[*].node.id").entityList(String.class).containsExactly(draft, published);
        admin.documentName("inspectionList")
                .variable("filter", Map.of("businessId", business, "kinds", List.of("ROUTINE_PATROL"))).execute()
                .path("inspections.edges[*].node.id").entityList(String.class).containsExactly(draft);
        admin.documentName("inspectionList")
                .variable("filter", Map.of("businessId", business, "inspectedUntil", TODAY.minusDays(1).toString())).execute()
                .path("inspections.totalCount").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void theLegendExplainsEveryGrade() {
        anonymous.documentName("ratingScheme").execute()
                .path("ratingScheme.bands[*].grade").entityList(String.class).containsExactly("A", "B", "C")
                .path("ratingScheme.bands[*].minScore").entityList(Integer.class).containsExactly(90, 75, 60)
                .path("ratingScheme.validityMonths").entity(Integer.class).isEqualTo(12)
                .path("ratingScheme.explanation").entity(String.class).satisfies(text -> assertThat(text).contains("整改"))
                .path("violationCodes[*].code").entityList(String.class).contains("H01", "M05");
    }
}
