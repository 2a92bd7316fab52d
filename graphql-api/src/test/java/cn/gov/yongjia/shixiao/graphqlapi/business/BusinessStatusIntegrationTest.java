package cn.gov.yongjia.shixiao.graphqlapi.business;

import java.time.LocalDate;
import java.time.ZoneId;
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

/** Opening, suspending and closing: the history is kept, checked, and limited to the staff whose scope covers it. */
@PlatformIntegrationTest
class BusinessStatusIntegrationTest {

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

    private String register(String name, String trade, String township) {
        return admin.documentName("registerFullBusiness")
                .variable("input", Map.of("name", name, "trade", trade, "townshipCode", township))
                .execute().path("registerBusiness.business.id").entity(String.class).get();
    }

    private static Map<String, Object> change(String id, String status, String reason) {
        return Map.of("businessId", id, "status", status, "reason", reason);
    }

    @Test
    void aClosedBusinessKeepsItsRecordAndHistory() {
        String id = register("三江停业小吃", "RESTAURANT", "SANJIANG");

        admin.documentName("changeBusinessStatus").variable("input", change(id, "SUSPENDED", "卫生整改")).execute()
                .path("changeBusinessStatus.business.status").entity(String.class).isEqualTo("SUSPENDED");
        admin.documentName("changeBusinessStatus").variable("input", change(id, "CLOSED", "自行歇业")).execute()
                .path("changeBusinessStatus.business.status").entity(String.class).isEqualTo("CLOSED")
                .path("changeBusinessStatus.business.statusHistory[*].status").entityList(String.class)
                .containsExactly("CLOSED", "SUSPENDED", "OPEN");

        StaffClients.anonymous(port).documentName("businessDetail").variable("id", id).execute()
                .path("business.status").entity(String.class).isEqualTo("CLOSED")
                .path("business.statusHistory[1].reason").entity(String.class).isEqualTo("卫生整改");
    }

    @Test
    void impossibleChangesAreRefused() {
        String id = register("乌牛面馆", "RESTAURANT", "WUNIU");
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();

        admin.documentName("changeBusinessStatus").variable("input", change(id, "OPEN", "重复")).execute()
                .path("changeBusinessStatus.userErrors[0].field[1]").entity(String.class).isEqualTo("status");
        admin.documentName("changeBusinessStatus")
                .variable("input", Map.of("businessId", id, "status", "CLOSED", "reason", "将来", "effectiveOn", tomorrow))
                .execute()
                .path("changeBusinessStatus.userErrors[0].field[1]").entity(String.class).isEqualTo("effectiveOn");
        admin.documentName("changeBusinessStatus").variable("input", change(id, "CLOSED", " ")).execute()
                .path("changeBusinessStatus.userErrors[0].code").entity(String.class).isEqualTo("REQUIRED");
        admin.documentName("changeBusinessStatus").variable("input", change("QnVzaW5lc3M6OTk5OTk5", "CLOSED", "无此店")).execute()
                .path("changeBusinessStatus.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND");

        admin.documentName("businessDetail").variable("id", id).execute()
                .path("business.status").entity(String.class).isEqualTo("OPEN")
                .path("business.statusHistory").entityList(Object.class).hasSize(1);
    }

    @Test
    void onlyStaffWhoseScopeCoversTheBusinessMayChangeIt() {
        String oubeiRestaurant = register("瓯北快餐", "RESTAURANT", "OUBEI");
        String qiaotouRestaurant = register("桥头快餐", "RESTAURANT", "QIAOTOU");

        StaffClients.as(port, StaffClients.POLICE_INSPECTOR).documentName("changeBusinessStatus")
                .variable("input", change(oubeiRestaurant, "SUSPENDED", "越权")).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "FORBIDDEN")));
        StaffClients.as(port, StaffClients.OUBEI_OFFICER).documentName("changeBusinessStatus")
                .variable("input", change(qiaotouRestaurant, "SUSPENDED", "越权")).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "FORBIDDEN")));
        StaffClients.as(port, StaffClients.OUBEI_OFFICER).documentName("changeBusinessStatus")
                .variable("input", change(oubeiRestaurant, "SUSPENDED", "乡镇检查")).execute()
                .path("changeBusinessStatus.business.status").entity(String.class).isEqualTo("SUSPENDED");
        StaffClients.anonymous(port).documentName("changeBusinessStatus")
                .variable("input", change(qiaotouRestaurant, "CLOSED", "匿名")).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "UNAUTHENTICATED")));

        admin.documentName("businessDetail").variable("id", qiaotouRestaurant).execute()
                .path("business.status").entity(String.class).isEqualTo("OPEN");
    }

    @Test
    void aTownshipOfficerRegistersOnlyInTheirTownship() {
        StaffClients.as(port, StaffClients.OUBEI_OFFICER).documentName("registerFullBusiness")
                .variable("input", Map.of("name", "瓯北新店", "trade", "HOTEL", "townshipCode", "OUBEI")).execute()
                .path("registerBusiness.business.township.code").entity(String.class).isEqualTo("OUBEI");
        StaffClients.as(port, StaffClients.OUBEI_OFFICER).documentName("registerFullBusiness")
                .variable("input", Map.of("name", "桥下新店", "trade", "HOTEL", "townshipCode", "QIAOXIA")).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "FORBIDDEN")));
    }
}
