package cn.gov.yongjia.shixiao.graphqlapi.audit;

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

/** Every staff change is audited (who, when, what), in the change's own transaction; only the county reads it. */
@PlatformIntegrationTest
class AuditLogIntegrationTest {

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

    @Test
    void changesAreAuditedWithWhoWhenAndWhat() {
        String id = admin.documentName("registerFullBusiness")
                .variable("input", Map.of("name", "审计测试面馆", "trade", "RESTAURANT", "townshipCode", "OUBEI"))
                .execute().path("registerBusiness.business.id").entity(String.class).get();
        StaffClients.as(port, StaffClients.OUBEI_OFFICER).documentName("changeBusinessStatus")
                .variable("input", Map.of("businessId", id, "status", "SUSPENDED", "reason", "审计测试"))
                .execute().path("changeBusinessStatus.business.status").entity(String.class).isEqualTo("SUSPENDED");

        var log = admin.documentName("auditLog").variable("entityId", id).execute();
        log.path("auditLog.totalCount").entity(Integer.class).isEqualTo(2)
                .path("auditLog.edges[*].node.action").entityList(String.class)
                .containsExactly("BUSINESS_STATUS_CHANGED", "BUSINESS_REGISTERED")
                .path("auditLog.edges[*].node.actor").entityList(String.class)
                .containsExactly(StaffClients.OUBEI_OFFICER, StaffClients.ADMIN)
                .path("auditLog.edges[0].node.entityId").entity(String.class).isEqualTo(id)
                .path("auditLog.edges[0].node.details").entity(String.class)
                .satisfies(details -> assertThat(details).contains("\"SUSPENDED\"").contains("审计测试"))
                .path("auditLog.edges[1].node.details").entity(String.class)
                .satisfies(details -> assertThat(details).contains("审计测试面馆").contains("\"townshipCode\": \"OUBEI\""));

        admin.documentName("auditLog").variable("actor", StaffClients.OUBEI_OFFICER).execute()
                .path("auditLog.edges[*].node.actor").entityList(String.class)
                .satisfies(actors -> assertThat(actors).isNotEmpty().containsOnly(StaffClients.OUBEI_OFFICER));
    }

    @Test
    void aRefusedChangeLeavesNoAuditEntry() {
        long before = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        admin.documentName("registerFullBusiness").variable("input", Map.of("name", " ", "trade", "HOTEL")).execute()
                .path("registerBusiness.userErrors[0].code").entity(String.class).isEqualTo("REQUIRED");
        assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void onlyCountyAdministratorsReadTheLog() {
        for (var client : List.of(StaffClients.as(port, StaffClients.POLICE_INSPECTOR), StaffClients.anonymous(port))) {
            client.documentName("auditLog").execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                    .satisfies(e -> assertThat(e.getExtensions().get("code")).isIn("FORBIDDEN", "UNAUTHENTICATED")));
        }
    }
}
