package cn.gov.yongjia.shixiao.graphqlapi.supervision;

import java.time.LocalDate;
import java.time.ZoneId;
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
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Risk class, the inspection plan derived from it, and the supervising office. Uses 东城 only. */
@PlatformIntegrationTest
class SupervisionIntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    HttpGraphQlTester admin;

    @BeforeEach
    void clients() {
        StaffClients.ensureAccounts(accounts);
        admin = StaffClients.as(port, StaffClients.ADMIN);
    }

    private String register(String name) {
        return admin.documentName("registerBusiness")
                .variable("input", Map.of("name", name, "trade", "RESTAURANT", "townshipCode", "DONGCHENG"))
                .execute().path("registerBusiness.business.id").entity(String.class).get();
    }

    private long audited(String id) {
        return jdbc.sql("select count(*) from audit_entry where action = 'BUSINESS_SUPERVISION_SET' and entity_key = :key")
                .param("key", GlobalId.keyOf(id, "Business", "id")).query(Long.class).single();
    }

    @Test
    void theDefaultPlanFollowsTheRiskGradingRules() {
        var plan = StaffClients.anonymous(port).documentName("administrativeTree").execute();
        assertThat(plan.path("inspectionPlan.riskClasses[*].riskClass").entityList(String.class).get())
                .containsExactly("A", "B", "C", "D");
        assertThat(plan.path("inspectionPlan.riskClasses[*].inspectionsPerYear").entityList(Integer.class).get())
                .containsExactly(1, 2, 3, 4);
        assertThat(plan.path("inspectionPlan.riskClasses[*].intervalMonths").entityList(Integer.class).get())
                .containsExactly(12, 6, 4, 3);
        plan.path("inspectionPlan.firstInspectionWithinDays").entity(Integer.class).isEqualTo(30);
        assertThat(plan.path("supervisingOffices[*].code").entityList(String.class).get()).contains("AMR_CITY", "HEALTH_LAW");
        plan.path("supervisingOffices[0].department.code").entity(String.class).isEqualTo("MARKET_REGULATION");
    }

    @Test
    void theRiskClassSetsThePlanAndTheNextInspectionDue() {
        String id = register("东城风险面馆");
        admin.documentName("businessPlace").variable("id", id).execute()
                .path("business.riskClass").valueIsNull()
                .path("business.plannedInspectionsPerYear").valueIsNull()
                .path("business.nextInspectionDue").valueIsNull();

        admin.documentName("setBusinessSupervision").variable("input", Map.of("businessId", id, "riskClass", "C",
                        "supervisingOfficeCode", "AMR_CITY", "reason", "年度风险评定")).execute()
                .path("setBusinessSupervision.userErrors").entityList(Object.class).hasSize(0)
                .path("setBusinessSupervision.business.riskClass").entity(String.class).isEqualTo("C")
                .path("setBusinessSupervision.business.plannedInspectionsPerYear").entity(Integer.class).isEqualTo(3)
                .path("setBusinessSupervision.business.supervisingOffice.code").entity(String.class).isEqualTo("AMR_CITY")
                // never inspected: due within 30 days of registration
                .path("setBusinessSupervision.business.nextInspectionDue").entity(String.class)
                .isEqualTo(TODAY.plusDays(30).toString());
        assertThat(audited(id)).isEqualTo(1);

        Map<String, Object> inspection = new HashMap<>();
        inspection.put("businessId", id);
        inspection.put("inspectedOn", TODAY.minusDays(10).toString());
        inspection.put("kind", "ROUTINE_PATROL");
        inspection.put("hygieneScore", 36);
        inspection.put("facilitiesScore", 27);
        inspection.put("managementScore", 27);
        inspection.put("ownerDuties", Map.of("purchaseAcceptance", true, "ledger", true, "certificatesAndInvoices", true,
                "qualityCommitment", true));
        inspection.put("outcome", "COMPLIANT");
        String inspectionId = admin.documentName("recordInspection").variable("input", inspection).execute()
                .path("recordInspection.inspection.id").entity(String.class).get();
        admin.documentName("businessPlace").variable("id", id).execute()
                .path("business.nextInspectionDue").entity(String.class) // a draft is no inspection yet
                .isEqualTo(TODAY.plusDays(30).toString());
        admin.documentName("publishInspection").variable("id", inspectionId).execute()
                .path("publishInspection.inspection.publicationStatus").entity(String.class).isEqualTo("PUBLISHED");
        StaffClients.anonymous(port).documentName("businessPlace").variable("id", id).execute()
                .path("business.nextInspectionDue").entity(String.class).isEqualTo(TODAY.minusDays(10).plusMonths(4).toString());

        // a higher class: inspected more often
        admin.documentName("setBusinessSupervision").variable("input", Map.of("businessId", id, "riskClass", "D")).execute()
                .path("setBusinessSupervision.business.nextInspectionDue").entity(String.class)
                .isEqualTo(TODAY.minusDays(10).plusMonths(3).toString())
                .path("setBusinessSupervision.business.supervisingOffice.code").entity(String.class).isEqualTo("AMR_CITY");

        List<String> found = StaffClients.anonymous(port).documentName("filteredBusinesses")
                .variable("filter", Map.of("townshipCodes", List.of("DONGCHENG"), "riskClasses", List.of("D"),
                        "supervisingOfficeCodes", List.of("AMR_CITY"))).variable("first", 100).execute()
                .path("businesses.edges[*].node.id").entityList(String.class).get();
        assertThat(found).contains(id);
        assertThat(StaffClients.anonymous(port).documentName("filteredBusinesses")
                .variable("filter", Map.of("townshipCodes", List.of("DONGCHENG"), "riskClasses", List.of("A"))).variable("first", 100)
                .execute().path("businesses.edges[*].node.id").entityList(String.class).get()).doesNotContain(id);
    }

    @Test
    void aClosedBusinessIsDueNoInspection() {
        String id = register("东城歇业计划面馆");
        admin.documentName("setBusinessSupervision").variable("input", Map.of("businessId", id, "riskClass", "B")).execute()
                .path("setBusinessSupervision.business.nextInspectionDue").entity(String.class)
                .isEqualTo(TODAY.plusDays(30).toString());
        admin.documentName("changeBusinessStatus").variable("input", Map.of("businessId", id, "status", "CLOSED",
                        "reason", "歇业")).execute()
                .path("changeBusinessStatus.business.status").entity(String.class).isEqualTo("CLOSED");

        StaffClients.anonymous(port).documentName("businessPlace").variable("id", id).execute()
                .path("business.riskClass").entity(String.class).isEqualTo("B")
                .path("business.plannedInspectionsPerYear").entity(Integer.class).isEqualTo(2)
                .path("business.nextInspectionDue").valueIsNull();
    }

    @Test
    void anUnknownOfficeIsRefusedAndNothingChangesAndTheSameValuesWriteNothing() {
        String id = register("东城监管所面馆");
        admin.documentName("setBusinessSupervision").variable("input", Map.of("businessId", id, "riskClass", "B",
                        "supervisingOfficeCode", "NO_SUCH_OFFICE")).execute()
                .path("setBusinessSupervision.business").valueIsNull()
                .path("setBusinessSupervision.userErrors[0].field").entityList(String.class)
                .containsExactly("input", "supervisingOfficeCode")
                .path("setBusinessSupervision.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
        admin.documentName("businessPlace").variable("id", id).execute().path("business.riskClass").valueIsNull();
        assertThat(audited(id)).isZero();

        admin.documentName("setBusinessSupervision").variable("input", Map.of("businessId", id, "riskClass", "B",
                "supervisingOfficeCode", "AMR_CITY")).execute().path("setBusinessSupervision.userErrors").entityList(Object.class).hasSize(0);
        admin.documentName("setBusinessSupervision").variable("input", Map.of("businessId", id, "riskClass", "B")).execute()
                .path("setBusinessSupervision.business.riskClass").entity(String.class).isEqualTo("B");
        assertThat(audited(id)).as("setting the same values again is no change").isEqualTo(1);
        // an empty office code clears the office and keeps the class
        admin.documentName("setBusinessSupervision").variable("input", Map.of("businessId", id, "supervisingOfficeCode", ""))
                .execute().path("setBusinessSupervision.business.supervisingOffice").valueIsNull()
                .path("setBusinessSupervision.business.riskClass").entity(String.class).isEqualTo("B");
        assertThat(audited(id)).isEqualTo(2);
    }
}
