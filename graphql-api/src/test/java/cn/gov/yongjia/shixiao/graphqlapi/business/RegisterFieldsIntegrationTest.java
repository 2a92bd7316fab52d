package cn.gov.yongjia.shixiao.graphqlapi.business;

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

/** The register's fields: what staff enter is checked field by field, stored, and shown to each audience rightly. */
@PlatformIntegrationTest
class RegisterFieldsIntegrationTest {

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

    private static Map<String, Object> fullInput(String name, String creditCode) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("trade", "RESTAURANT");
        input.put("shopSignName", "老王面馆");
        input.put("creditCode", creditCode);
        input.put("address", "永嘉县瓯北街道江北大道 88 号");
        input.put("townshipCode", "OUBEI");
        input.put("location", Map.of("lat", 28.031, "lon", 120.652));
        input.put("ownerName", "王建国");
        input.put("contactPhone", "13800000000");
        return input;
    }

    @Test
    void aFullRecordIsStoredAndPrivateFieldsReachOnlyStaff() {
        // typed as people type it: full-width, lower case, spaces around
        String id = admin.documentName("registerFullBusiness")
                .variable("input", fullInput("瓯北王记面馆", " ９２１４１１２７ma0kd1y64a "))
                .execute()
                .path("registerBusiness.userErrors").entityList(Object.class).hasSize(0)
                .path("registerBusiness.business.creditCode").entity(String.class).isEqualTo("92141127MA0KD1Y64A")
                .path("registerBusiness.business.township.name").entity(String.class).isEqualTo("瓯北街道")
                .path("registerBusiness.business.status").entity(String.class).isEqualTo("OPEN")
                .path("registerBusiness.business.id").entity(String.class).get();

        admin.documentName("businessDetail").variable("id", id).execute()
                .path("business.ownerName").entity(String.class).isEqualTo("王建国")
                .path("business.contactPhone").entity(String.class).isEqualTo("13800000000")
                .path("business.location.lat").entity(Double.class).isEqualTo(28.031)
                .path("business.statusHistory[0].status").entity(String.class).isEqualTo("OPEN");

        anonymous.documentName("businessDetail").variable("creditCode", "92141127MA0KD1Y64A").execute()
                .path("business.id").entity(String.class).isEqualTo(id)
                .path("business.shopSignName").entity(String.class).isEqualTo("老王面馆")
                .path("business.ownerName").valueIsNull()
                .path("business.contactPhone").valueIsNull()
                .path("business.location.lon").entity(Double.class).isEqualTo(120.652);
    }

    @Test
    void aPrivateResidenceIsNeverPinned() {
        Map<String, Object> input = fullInput("黄田家庭理发", null);
        input.put("trade", "BARBERSHOP");
        input.put("privateResidence", true);
        String id = admin.documentName("registerFullBusiness").variable("input", input).execute()
                .path("registerBusiness.business.id").entity(String.class).get();

        for (HttpGraphQlTester client : List.of(anonymous, admin)) {
            client.documentName("businessDetail").variable("id", id).execute()
                    .path("business.privateResidence").entity(Boolean.class).isEqualTo(true)
                    .path("business.location").valueIsNull();
        }
    }

    @Test
    void everyBadFieldIsReportedAtOnceAndNothingIsWritten() {
        long before = count();
        Map<String, Object> input = fullInput("", "92141127MA0KD1Y64B");
        input.put("townshipCode", "ATLANTIS");
        input.put("location", Map.of("lat", 39.9, "lon", 116.4)); // Beijing
        input.put("contactPhone", "call me");
        input.put("registrationNumber", "12345");

        List<String> fields = admin.documentName("registerFullBusiness").variable("input", input).execute()
                .path("registerBusiness.business").valueIsNull()
                .path("registerBusiness.userErrors[*].field[1]").entityList(String.class).get();
        List<String> codes = admin.documentName("registerFullBusiness").variable("input", input).execute()
                .path("registerBusiness.userErrors[*].code").entityList(String.class).get();

        assertThat(fields).containsExactlyInAnyOrder("name", "creditCode", "registrationNumber", "townshipCode",
                "location", "contactPhone");
        assertThat(codes).containsExactlyInAnyOrder("REQUIRED", "INVALID", "INVALID", "NOT_FOUND", "INVALID", "INVALID");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aCreditCodeOrRegistrationNumberBelongsToOneBusinessOnly() {
        admin.documentName("registerFullBusiness").variable("input", fullInput("第一家", "91110000600037341L")).execute()
                .path("registerBusiness.userErrors").entityList(Object.class).hasSize(0);
        admin.documentName("registerFullBusiness").variable("input", fullInput("第二家", "91110000600037341l")).execute()
                .path("registerBusiness.business").valueIsNull()
                .path("registerBusiness.userErrors[0].code").entity(String.class).isEqualTo("DUPLICATE")
                .path("registerBusiness.userErrors[0].field[1]").entity(String.class).isEqualTo("creditCode");

        Map<String, Object> legacy = fullInput("老执照店", null);
        legacy.put("registrationNumber", "330324000123456");
        admin.documentName("registerFullBusiness").variable("input", legacy).execute()
                .path("registerBusiness.business.registrationNumber").entity(String.class).isEqualTo("330324000123456");
        legacy.put("name", "老执照店二");
        admin.documentName("registerFullBusiness").variable("input", legacy).execute()
                .path("registerBusiness.userErrors[0].code").entity(String.class).isEqualTo("DUPLICATE");
    }

    @Test
    void lookingUpNeedsExactlyOneValidKey() {
        anonymous.documentName("businessDetail").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "INVALID_ARGUMENT")));
        anonymous.documentName("businessDetail").variable("creditCode", "123").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "INVALID_ARGUMENT")));
        anonymous.documentName("businessDetail").variable("creditCode", "92141127MA0KD1Y64A")
                .variable("id", "QnVzaW5lc3M6MQ").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "INVALID_ARGUMENT")));
        anonymous.documentName("businessDetail").variable("creditCode", "91330324MA2859YC7L").execute()
                .path("business").valueIsNull();
    }

    private long count() {
        return jdbc.sql("select count(*) from business").query(Long.class).single();
    }
}
