package cn.gov.yongjia.shixiao.graphqlapi.enforcement;

import java.time.LocalDate;
import java.time.ZoneId;
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

import static org.assertj.core.api.Assertions.assertThat;

/** Penalties are public during their publication period only; staff always see them. */
@PlatformIntegrationTest
class EnforcementIntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    HttpGraphQlTester admin;
    String business;

    @BeforeEach
    void business() {
        StaffClients.ensureAccounts(accounts);
        admin = StaffClients.as(port, StaffClients.ADMIN);
        business = admin.documentName("registerFullBusiness")
                .variable("input", Map.of("name", "处罚测试" + System.nanoTime(), "trade", "RESTAURANT", "townshipCode", "OUBEI"))
                .execute().path("registerBusiness.business.id").entity(String.class).get();
    }

    private Map<String, Object> penalty(String number, LocalDate decided, LocalDate published, LocalDate ends) {
        Map<String, Object> input = new HashMap<>();
        input.put("businessId", business);
        input.put("decisionNumber", number);
        input.put("violationType", "使用过期食品原料");
        input.put("penalty", "警告并罚款");
        input.put("amountYuan", 5000.0);
        input.put("decidingBody", "永嘉县市场监督管理局");
        input.put("decidedOn", decided.toString());
        input.put("publishedOn", published.toString());
        input.put("publicationEndsOn", ends.toString());
        return input;
    }

    @Test
    void aPenaltyIsPublicUntilItsPublicationEndDate() {
        String current = "永市监处罚〔2026〕" + System.nanoTime() + "号";
        String expired = "永市监处罚〔2023〕" + System.nanoTime() + "号";
        admin.documentName("recordEnforcementAction")
                .variable("input", penalty(current, TODAY.minusDays(10), TODAY.minusDays(5), TODAY.plusYears(1))).execute()
                .path("recordEnforcementAction.enforcementAction.amountYuan").entity(Double.class).isEqualTo(5000.0);
        admin.documentName("recordEnforcementAction")
                .variable("input", penalty(expired, TODAY.minusYears(3), TODAY.minusYears(3), TODAY.minusYears(2))).execute()
                .path("recordEnforcementAction.userErrors").entityList(Object.class).hasSize(0);

        StaffClients.anonymous(port).documentName("businessPublicRecord").variable("id", business).execute()
                .path("business.enforcementActions[*].decisionNumber").entityList(String.class).containsExactly(current);
        admin.documentName("businessPublicRecord").variable("id", business).execute()
                .path("business.enforcementActions[*].decisionNumber").entityList(String.class).containsExactly(current, expired);
    }

    @Test
    void badPenaltiesAreRefused() {
        String number = "永市监处罚〔2026〕重复" + System.nanoTime();
        admin.documentName("recordEnforcementAction")
                .variable("input", penalty(number, TODAY, TODAY, TODAY.plusMonths(6))).execute()
                .path("recordEnforcementAction.userErrors").entityList(Object.class).hasSize(0);
        admin.documentName("recordEnforcementAction")
                .variable("input", penalty(number, TODAY, TODAY, TODAY.plusMonths(6))).execute()
                .path("recordEnforcementAction.userErrors[0].code").entity(String.class).isEqualTo("DUPLICATE");
        assertThat(admin.documentName("recordEnforcementAction")
                .variable("input", penalty("另一号", TODAY.plusDays(1), TODAY, TODAY)).execute()
                .path("recordEnforcementAction.userErrors[*].field[1]").entityList(String.class).get())
                .containsExactlyInAnyOrder("decidedOn", "publishedOn", "publicationEndsOn");
        StaffClients.as(port, StaffClients.POLICE_INSPECTOR).documentName("recordEnforcementAction")
                .variable("input", penalty("越权号", TODAY, TODAY, TODAY.plusMonths(6))).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "FORBIDDEN")));
    }
}
