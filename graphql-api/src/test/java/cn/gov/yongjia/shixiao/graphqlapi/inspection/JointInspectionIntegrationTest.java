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
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Joint inspections: a lead department and joint ones, beside the single-department API. Uses 江北 only. */
@PlatformIntegrationTest
class JointInspectionIntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    HttpGraphQlTester admin;

    @BeforeEach
    void clients() {
        StaffClients.ensureAccounts(accounts);
        admin = StaffClients.as(port, StaffClients.ADMIN);
    }

    private String register(String name) {
        return admin.documentName("registerBusiness")
                .variable("input", Map.of("name", name, "trade", "KARAOKE", "townshipCode", "JIANGBEI"))
                .execute().path("registerBusiness.business.id").entity(String.class).get();
    }

    private GraphQlTester.Response record(String business, String lead, List<String> joint) {
        Map<String, Object> input = new HashMap<>();
        input.put("businessId", business);
        input.put("inspectedOn", TODAY.minusDays(1).toString());
        input.put("kind", "JOINT_ENFORCEMENT");
        input.put("departmentCode", lead);
        input.put("jointDepartmentCodes", joint);
        input.put("hygieneScore", 35);
        input.put("facilitiesScore", 25);
        input.put("managementScore", 25);
        input.put("ownerDuties", Map.of("purchaseAcceptance", true, "ledger", true, "certificatesAndInvoices", true,
                "qualityCommitment", true));
        input.put("outcome", "COMPLIANT");
        return admin.documentName("recordJointInspection").variable("input", input).execute();
    }

    @Test
    void aJointInspectionHasItsLeadAndJointDepartments() {
        String business = register("江北联合检查歌舞厅");
        String id = record(business, "CULTURE_TOURISM", List.of("PUBLIC_SECURITY", "HEALTH"))
                .path("recordInspection.userErrors").entityList(Object.class).hasSize(0)
                .path("recordInspection.inspection.department.code").entity(String.class).isEqualTo("CULTURE_TOURISM")
                .path("recordInspection.inspection.departments[*].department.code").entityList(String.class)
                .containsExactly("CULTURE_TOURISM", "HEALTH", "PUBLIC_SECURITY")
                .path("recordInspection.inspection.departments[*].lead").entityList(Boolean.class).containsExactly(true, false, false)
                .path("recordInspection.inspection.id").entity(String.class).get();
        admin.documentName("publishInspection").variable("id", id).execute()
                .path("publishInspection.inspection.publicationStatus").entity(String.class).isEqualTo("PUBLISHED");

        // the department filter finds it by a joint department too
        StaffClients.anonymous(port).documentName("inspectionDepartments")
                .variable("filter", Map.of("businessId", business, "departmentCodes", List.of("HEALTH"))).execute()
                .path("inspections.edges[*].node.id").entityList(String.class).containsExactly(id);
        StaffClients.anonymous(port).documentName("inspectionDepartments")
                .variable("filter", Map.of("businessId", business, "departmentCodes", List.of("MARKET_REGULATION"))).execute()
                .path("inspections.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void aSingleDepartmentInspectionListsItsOneDepartment() {
        String business = register("江北单部门歌舞厅");
        record(business, "CULTURE_TOURISM", null)
                .path("recordInspection.inspection.departments[*].department.code").entityList(String.class)
                .containsExactly("CULTURE_TOURISM")
                .path("recordInspection.inspection.departments[0].lead").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void badJointDepartmentsAreRefused() {
        String business = register("江北联合校验歌舞厅");
        record(business, "CULTURE_TOURISM", List.of("CULTURE_TOURISM"))
                .path("recordInspection.inspection").valueIsNull()
                .path("recordInspection.userErrors[0].field").entityList(String.class).containsExactly("input", "jointDepartmentCodes")
                .path("recordInspection.userErrors[0].code").entity(String.class).isEqualTo("INVALID");
        record(business, "CULTURE_TOURISM", List.of("HEALTH", "HEALTH"))
                .path("recordInspection.userErrors[0].code").entity(String.class).isEqualTo("INVALID");
        record(business, "CULTURE_TOURISM", List.of("NO_SUCH_DEPARTMENT"))
                .path("recordInspection.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
        StaffClients.anonymous(port).documentName("inspectionDepartments")
                .variable("filter", Map.of("businessId", business)).execute()
                .path("inspections.totalCount").entity(Integer.class).isEqualTo(0);
        admin.documentName("inspectionDepartments").variable("filter", Map.of("businessId", business)).execute()
                .path("inspections.totalCount").entity(Integer.class).isEqualTo(0);
    }
}
