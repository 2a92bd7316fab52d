package cn.gov.yongjia.shixiao.graphqlapi.abnormal;

import java.time.LocalDate;
import java.time.ZoneId;
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

/** The abnormal-operation list: listing, removal, history, who sees what, and the filter. Uses 南城 only. */
@PlatformIntegrationTest
class AbnormalListingIntegrationTest {

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

    private String register(String name) {
        return admin.documentName("registerBusiness")
                .variable("input", Map.of("name", name, "trade", "HOTEL", "townshipCode", "NANCHENG"))
                .execute().path("registerBusiness.business.id").entity(String.class).get();
    }

    private GraphQlTester.Response list(String business, String number, LocalDate listedOn) {
        return admin.documentName("listAbnormalOperation").variable("input", Map.of("businessId", business,
                "reason", "通过登记的住所无法联系", "listedOn", listedOn.toString(), "decidingBody", "永嘉县市场监督管理局",
                "decisionNumber", number)).execute();
    }

    private List<String> abnormal(boolean listed) {
        return anonymous.documentName("filteredBusinesses")
                .variable("filter", Map.of("townshipCodes", List.of("NANCHENG"), "abnormalOperation", listed))
                .variable("first", 100).execute().path("businesses.edges[*].node.id").entityList(String.class).get();
    }

    @Test
    void listedThenRemovedThePublicSeesItWhileListedAndStaffKeepTheHistory() {
        String id = register("南城异常旅馆");
        String number = "永市监异〔2026〕" + System.nanoTime() + "号";
        String listing = list(id, number, TODAY.minusDays(20))
                .path("listAbnormalOperation.userErrors").entityList(Object.class).hasSize(0)
                .path("listAbnormalOperation.listing.inForce").entity(Boolean.class).isEqualTo(true)
                .path("listAbnormalOperation.listing.decisionNumber").entity(String.class).isEqualTo(number)
                .path("listAbnormalOperation.listing.id").entity(String.class).get();
        anonymous.documentName("businessPlace").variable("id", id).execute()
                .path("business.abnormalListings[*].id").entityList(String.class).containsExactly(listing)
                .path("business.abnormalListings[0].reason").entity(String.class).isEqualTo("通过登记的住所无法联系");
        assertThat(abnormal(true)).contains(id);
        assertThat(abnormal(false)).doesNotContain(id);

        list(id, number + "又", TODAY).path("listAbnormalOperation.listing").valueIsNull()
                .path("listAbnormalOperation.userErrors[0].code").entity(String.class).isEqualTo("DUPLICATE");

        admin.documentName("removeAbnormalOperation").variable("input", Map.of("listingId", listing,
                        "removedOn", TODAY.minusDays(21).toString(), "reason", "已补报")).execute()
                .path("removeAbnormalOperation.listing").valueIsNull()
                .path("removeAbnormalOperation.userErrors[0].field").entityList(String.class).containsExactly("input", "removedOn");
        admin.documentName("removeAbnormalOperation").variable("input", Map.of("listingId", listing,
                        "removedOn", TODAY.toString(), "reason", "已通过登记的住所取得联系")).execute()
                .path("removeAbnormalOperation.userErrors").entityList(Object.class).hasSize(0)
                .path("removeAbnormalOperation.listing.inForce").entity(Boolean.class).isEqualTo(false)
                .path("removeAbnormalOperation.listing.removedOn").entity(String.class).isEqualTo(TODAY.toString());
        admin.documentName("removeAbnormalOperation").variable("input", Map.of("listingId", listing,
                        "removedOn", TODAY.toString(), "reason", "再次")).execute()
                .path("removeAbnormalOperation.userErrors[0].code").entity(String.class).isEqualTo("INVALID");

        anonymous.documentName("businessPlace").variable("id", id).execute()
                .path("business.abnormalListings").entityList(Object.class).hasSize(0);
        admin.documentName("businessPlace").variable("id", id).execute()
                .path("business.abnormalListings[0].removalReason").entity(String.class).isEqualTo("已通过登记的住所取得联系");
        assertThat(abnormal(true)).doesNotContain(id);
        assertThat(abnormal(false)).contains(id);

        // listed again later: both stay on record, newest first
        String again = list(id, number + "二", TODAY).path("listAbnormalOperation.listing.id").entity(String.class).get();
        admin.documentName("businessPlace").variable("id", id).execute()
                .path("business.abnormalListings[*].id").entityList(String.class).containsExactly(again, listing);
    }

    @Test
    void badInputIsRefusedAndWritesNothing() {
        String id = register("南城校验旅馆");
        list(id, "永市监异〔2026〕未来" + System.nanoTime(), TODAY.plusDays(1))
                .path("listAbnormalOperation.userErrors[0].field").entityList(String.class).containsExactly("input", "listedOn");
        admin.documentName("listAbnormalOperation").variable("input", Map.of("businessId", id, "reason", " ",
                        "listedOn", TODAY.toString(), "decidingBody", "永嘉县市场监督管理局", "decisionNumber", "x".repeat(61)))
                .execute()
                .path("listAbnormalOperation.userErrors[*].code").entityList(String.class).containsExactly("REQUIRED", "TOO_LONG");
        String number = "永市监异〔2026〕重号" + System.nanoTime();
        list(register("南城先列旅馆"), number, TODAY).path("listAbnormalOperation.userErrors").entityList(Object.class).hasSize(0);
        list(id, number, TODAY).path("listAbnormalOperation.userErrors[0].field").entityList(String.class)
                .containsExactly("input", "decisionNumber");
        admin.documentName("businessPlace").variable("id", id).execute()
                .path("business.abnormalListings").entityList(Object.class).hasSize(0);
    }
}
