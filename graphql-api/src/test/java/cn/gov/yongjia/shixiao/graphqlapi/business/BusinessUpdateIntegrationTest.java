package cn.gov.yongjia.shixiao.graphqlapi.business;

import java.util.HashMap;
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

/** Updating a record: only given fields change, checks apply, real changes are versioned and audited. */
@PlatformIntegrationTest
class BusinessUpdateIntegrationTest {

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

    private String register(String name, String creditCode) {
        Map<String, Object> input = new HashMap<>(Map.of("name", name, "trade", "RESTAURANT", "townshipCode", "OUBEI",
                "shopSignName", "旧招牌", "address", "旧地址"));
        if (creditCode != null) {
            input.put("creditCode", creditCode);
        }
        return admin.documentName("registerFullBusiness").variable("input", input).execute()
                .path("registerBusiness.business.id").entity(String.class).get();
    }

    private long version(String id) {
        return jdbc.sql("select version from business where id = :id")
                .param("id", cn.gov.yongjia.shixiao.graphqlapi.relay.GlobalId.keyOf(id, "Business", "id"))
                .query(Long.class).single();
    }

    @Test
    void onlyTheGivenFieldsChangeAndEmptyTextClears() {
        String id = register("修改前面馆", null);
        long before = version(id);

        admin.documentName("updateBusiness")
                .variable("input", Map.of("id", id, "name", "修改后面馆", "shopSignName", "", "ownerName", "新负责人"))
                .execute()
                .path("updateBusiness.userErrors").entityList(Object.class).hasSize(0)
                .path("updateBusiness.business.name").entity(String.class).isEqualTo("修改后面馆")
                .path("updateBusiness.business.shopSignName").valueIsNull()
                .path("updateBusiness.business.address").entity(String.class).isEqualTo("旧地址")
                .path("updateBusiness.business.ownerName").entity(String.class).isEqualTo("新负责人");
        assertThat(version(id)).isEqualTo(before + 1);
        assertThat(jdbc.sql("select details::text from audit_entry where action = 'BUSINESS_UPDATED' order by id desc limit 1")
                .query(String.class).single()).contains("修改前面馆").contains("修改后面馆").doesNotContain("旧地址");

        // the same values again: nothing changes, no new version
        admin.documentName("updateBusiness").variable("input", Map.of("id", id, "name", "修改后面馆")).execute()
                .path("updateBusiness.userErrors").entityList(Object.class).hasSize(0);
        assertThat(version(id)).isEqualTo(before + 1);
    }

    /** A valid credit code no other test uses. */
    private static String freshCreditCode() {
        String first17 = "92330324" + String.format("%09d", System.nanoTime() % 1_000_000_000L);
        return first17 + CreditCode.checkCharacterFor(first17);
    }

    @Test
    void theMergedRecordIsChecked() {
        String taken = freshCreditCode();
        String mine = freshCreditCode();
        register("已有代码店", taken);
        String id = register("改代码店", null);

        admin.documentName("updateBusiness").variable("input", Map.of("id", id, "creditCode", taken)).execute()
                .path("updateBusiness.userErrors[0].code").entity(String.class).isEqualTo("DUPLICATE");
        admin.documentName("updateBusiness").variable("input", Map.of("id", id, "name", " ")).execute()
                .path("updateBusiness.userErrors[0].code").entity(String.class).isEqualTo("REQUIRED");
        admin.documentName("updateBusiness").variable("input", Map.of("id", id, "townshipCode", "NOWHERE")).execute()
                .path("updateBusiness.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
        admin.documentName("updateBusiness").variable("input", Map.of("id", id, "creditCode", mine)).execute()
                .path("updateBusiness.business.creditCode").entity(String.class).isEqualTo(mine);
        // its own code is no duplicate of itself
        admin.documentName("updateBusiness").variable("input", Map.of("id", id, "creditCode", mine.toLowerCase())).execute()
                .path("updateBusiness.userErrors").entityList(Object.class).hasSize(0);
    }

    @Test
    void movingABusinessNeedsScopeOverBothTownships() {
        String id = register("瓯北搬迁店", null);
        StaffClients.as(port, StaffClients.OUBEI_OFFICER).documentName("updateBusiness")
                .variable("input", Map.of("id", id, "townshipCode", "QIAOTOU")).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "FORBIDDEN")));
        StaffClients.as(port, StaffClients.OUBEI_OFFICER).documentName("updateBusiness")
                .variable("input", Map.of("id", id, "address", "瓯北新地址")).execute()
                .path("updateBusiness.business.address").entity(String.class).isEqualTo("瓯北新地址");
    }
}
