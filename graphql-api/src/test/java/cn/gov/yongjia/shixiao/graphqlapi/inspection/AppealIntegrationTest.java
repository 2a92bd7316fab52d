package cn.gov.yongjia.shixiao.graphqlapi.inspection;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import cn.gov.yongjia.shixiao.graphqlapi.relay.GlobalId;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** A business may appeal a published inspection: pending meanwhile, then restored or annulled by staff. */
@PlatformIntegrationTest
class AppealIntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Test
    void anAppealSuspendsTheRatingUntilStaffDecide() {
        StaffClients.ensureAccounts(accounts);
        HttpGraphQlTester admin = StaffClients.as(port, StaffClients.ADMIN);
        String business = admin.documentName("registerFullBusiness")
                .variable("input", Map.of("name", "申诉测试面馆", "trade", "RESTAURANT", "townshipCode", "OUBEI"))
                .execute().path("registerBusiness.business.id").entity(String.class).get();
        accounts.createOwnerIfMissing("appeal.owner", StaffClients.PASSWORD, "申诉业主", GlobalId.keyOf(business, "Business", "id"), false);
        HttpGraphQlTester owner = StaffClients.as(port, "appeal.owner");

        String older = published(admin, business, TODAY.minusMonths(5), 36, 27, 27);  // 90: A
        String newer = published(admin, business, TODAY.minusDays(3), 20, 15, 15);    // 50: RECTIFY

        owner.documentName("appealInspection").variable("id", newer).variable("reason", "检查当天停水，非经营问题").execute()
                .path("appealInspection.inspection.publicationStatus").entity(String.class).isEqualTo("UNDER_APPEAL");
        StaffClients.anonymous(port).documentName("businessRating").variable("id", business).execute()
                .path("business.rating.pending").entity(Boolean.class).isEqualTo(true)
                .path("business.rating.pendingReason").entity(String.class).isEqualTo("UNDER_APPEAL");

        // dismissed: the inspection stands again
        admin.documentName("decideInspectionAppeal").variable("id", newer).variable("granted", false)
                .variable("decision", "复核属实，维持检查结论").execute()
                .path("decideInspectionAppeal.inspection.publicationStatus").entity(String.class).isEqualTo("PUBLISHED")
                .path("decideInspectionAppeal.inspection.appeal.granted").entity(Boolean.class).isEqualTo(false);
        StaffClients.anonymous(port).documentName("businessRating").variable("id", business).execute()
                .path("business.rating.grade").entity(String.class).isEqualTo("RECTIFY");
        owner.documentName("appealInspection").variable("id", newer).variable("reason", "再次申诉").execute()
                .path("appealInspection.userErrors[0].code").entity(String.class).isEqualTo("INVALID");

        // granted: the inspection is annulled, stays on record, and the older one rates the business again
        String third = published(admin, business, TODAY.minusDays(1), 10, 10, 10);
        owner.documentName("appealInspection").variable("id", third).variable("reason", "检查人员记录错误").execute()
                .path("appealInspection.inspection.appeal.reason").entity(String.class).isEqualTo("检查人员记录错误");
        admin.documentName("decideInspectionAppeal").variable("id", third).variable("granted", true)
                .variable("decision", "记录错误，撤销").execute()
                .path("decideInspectionAppeal.inspection.publicationStatus").entity(String.class).isEqualTo("ANNULLED");
        StaffClients.anonymous(port).documentName("businessRating").variable("id", business).execute()
                .path("business.rating.grade").entity(String.class).isEqualTo("RECTIFY")
                .path("business.rating.basedOn.id").entity(String.class).isEqualTo(newer)
                .path("business.ratingHistory[*].score").entityList(Integer.class).containsExactly(50, 90);
        assertThat(older).isNotBlank();
    }

    @Test
    void onlyTheOwnerOrStaffInScopeAppealAndOnlyStaffInScopeDecide() {
        StaffClients.ensureAccounts(accounts);
        HttpGraphQlTester admin = StaffClients.as(port, StaffClients.ADMIN);
        String business = admin.documentName("registerFullBusiness")
                .variable("input", Map.of("name", "申诉权限面馆", "trade", "RESTAURANT", "townshipCode", "OUBEI"))
                .execute().path("registerBusiness.business.id").entity(String.class).get();
        String other = admin.documentName("registerFullBusiness")
                .variable("input", Map.of("name", "别家申诉面馆", "trade", "RESTAURANT", "townshipCode", "OUBEI"))
                .execute().path("registerBusiness.business.id").entity(String.class).get();
        accounts.createOwnerIfMissing("other.owner", StaffClients.PASSWORD, "别家业主", GlobalId.keyOf(other, "Business", "id"), false);
        String inspection = published(admin, business, TODAY.minusDays(2), 30, 20, 20);

        StaffClients.as(port, "other.owner").documentName("appealInspection").variable("id", inspection)
                .variable("reason", "冒名申诉").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "FORBIDDEN")));
        StaffClients.as(port, StaffClients.OUBEI_OFFICER).documentName("appealInspection").variable("id", inspection)
                .variable("reason", "代业主申诉").execute()
                .path("appealInspection.inspection.publicationStatus").entity(String.class).isEqualTo("UNDER_APPEAL");
        StaffClients.as(port, StaffClients.POLICE_INSPECTOR).documentName("decideInspectionAppeal").variable("id", inspection)
                .variable("granted", true).variable("decision", "越权").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "FORBIDDEN")));
        StaffClients.as(port, "other.owner").documentName("decideInspectionAppeal").variable("id", inspection)
                .variable("granted", true).variable("decision", "业主自裁").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "FORBIDDEN")));
    }

    private static String published(HttpGraphQlTester admin, String business, LocalDate on, int h, int f, int m) {
        String id = admin.documentName("recordInspection")
                .variable("input", InspectionIntegrationTest.inspection(business, on, h, f, m)).execute()
                .path("recordInspection.inspection.id").entity(String.class).get();
        admin.documentName("publishInspection").variable("id", id).execute()
                .path("publishInspection.inspection.publicationStatus").entity(String.class).isEqualTo("PUBLISHED");
        return id;
    }
}
