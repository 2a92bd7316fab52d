package cn.gov.yongjia.shixiao.graphqlapi.permit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Permits with their validity; numbers are unique per kind; dates make sense. */
@PlatformIntegrationTest
class PermitIntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Test
    void permitsAreRecordedWithTheirValidity() {
        StaffClients.ensureAccounts(accounts);
        HttpGraphQlTester admin = StaffClients.as(port, StaffClients.ADMIN);
        String id = admin.documentName("registerFullBusiness")
                .variable("input", Map.of("name", "许可证测试面馆", "trade", "RESTAURANT", "townshipCode", "OUBEI"))
                .execute().path("registerBusiness.business.id").entity(String.class).get();
        String number = "JY" + System.nanoTime();

        admin.documentName("addPermit").variable("input", Map.of("businessId", id, "type", "FOOD_BUSINESS", "number", number,
                        "issuedOn", TODAY.minusYears(1).toString(), "expiresOn", TODAY.plusYears(4).toString(),
                        "issuingBody", "永嘉县市场监督管理局")).execute()
                .path("addPermit.permit.valid").entity(Boolean.class).isEqualTo(true);
        admin.documentName("addPermit").variable("input", Map.of("businessId", id, "type", "PUBLIC_HEALTH",
                        "number", "WS" + System.nanoTime(), "issuedOn", TODAY.minusYears(5).toString(),
                        "expiresOn", TODAY.minusDays(1).toString())).execute()
                .path("addPermit.permit.valid").entity(Boolean.class).isEqualTo(false);

        StaffClients.anonymous(port).documentName("businessPermits").variable("id", id).execute()
                .path("business.permits[*].type").entityList(String.class).containsExactly("FOOD_BUSINESS", "PUBLIC_HEALTH")
                .path("business.permits[*].valid").entityList(Boolean.class).containsExactly(true, false);

        admin.documentName("addPermit").variable("input", Map.of("businessId", id, "type", "FOOD_BUSINESS", "number", number,
                        "issuedOn", TODAY.toString(), "expiresOn", TODAY.plusYears(1).toString())).execute()
                .path("addPermit.userErrors[0].code").entity(String.class).isEqualTo("DUPLICATE");
        assertThat(admin.documentName("addPermit").variable("input", Map.of("businessId", id, "type", "ENTERTAINMENT",
                        "number", " ", "issuedOn", TODAY.plusDays(1).toString(), "expiresOn", TODAY.toString())).execute()
                .path("addPermit.userErrors[*].field[1]").entityList(String.class).get())
                .containsExactlyInAnyOrder("number", "issuedOn", "expiresOn");
        StaffClients.as(port, StaffClients.POLICE_INSPECTOR).documentName("addPermit")
                .variable("input", Map.of("businessId", id, "type", "FOOD_BUSINESS", "number", "X1",
                        "issuedOn", TODAY.toString(), "expiresOn", TODAY.plusYears(1).toString())).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "FORBIDDEN")));
    }
}
