package cn.gov.yongjia.shixiao.graphqlapi.reply;

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

/** An owner replies to the rating; the public sees the reply only once staff approve it. */
@PlatformIntegrationTest
class OwnerReplyIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Test
    void aReplyIsShownOnlyOnceApproved() {
        StaffClients.ensureAccounts(accounts);
        HttpGraphQlTester admin = StaffClients.as(port, StaffClients.ADMIN);
        String business = register(admin, "回应测试小吃");
        String other = register(admin, "别家小吃");
        accounts.createOwnerIfMissing("test.owner", StaffClients.PASSWORD, "测试业主",
                GlobalId.keyOf(business, "Business", "id"), false);
        HttpGraphQlTester owner = StaffClients.as(port, "test.owner");

        String reply = owner.documentName("submitOwnerReply")
                .variable("businessId", business).variable("text", "我们已整改，欢迎复查。").execute()
                .path("submitOwnerReply.reply.status").entity(String.class).isEqualTo("PENDING")
                .path("submitOwnerReply.reply.id").entity(String.class).get();

        StaffClients.anonymous(port).documentName("businessPublicRecord").variable("id", business).execute()
                .path("business.ownerReply").valueIsNull()
                .path("business.ownerReplies").entityList(Object.class).hasSize(0);
        owner.documentName("businessPublicRecord").variable("id", business).execute()
                .path("business.ownerReplies[0].status").entity(String.class).isEqualTo("PENDING")
                .path("business.ownerName").valueIsNull(); // an owner is not staff

        admin.documentName("moderateOwnerReply").variable("id", reply).variable("decision", "APPROVE")
                .variable("note", "内容属实").execute()
                .path("moderateOwnerReply.reply.status").entity(String.class).isEqualTo("APPROVED");
        StaffClients.anonymous(port).documentName("businessPublicRecord").variable("id", business).execute()
                .path("business.ownerReply.text").entity(String.class).isEqualTo("我们已整改，欢迎复查。");
        admin.documentName("moderateOwnerReply").variable("id", reply).variable("decision", "REJECT").execute()
                .path("moderateOwnerReply.userErrors[0].code").entity(String.class).isEqualTo("INVALID");

        // an owner speaks only for their own business, and cannot act as staff
        owner.documentName("submitOwnerReply").variable("businessId", other).variable("text", "冒名").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "FORBIDDEN")));
        owner.documentName("registerBusiness").variable("input", Map.of("name", "业主新店", "trade", "HOTEL")).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "FORBIDDEN")));
        owner.documentName("submitOwnerReply").variable("businessId", business).variable("text", "  ").execute()
                .path("submitOwnerReply.userErrors[0].code").entity(String.class).isEqualTo("REQUIRED");
    }

    private static String register(HttpGraphQlTester admin, String name) {
        return admin.documentName("registerFullBusiness")
                .variable("input", Map.of("name", name, "trade", "RESTAURANT", "townshipCode", "OUBEI"))
                .execute().path("registerBusiness.business.id").entity(String.class).get();
    }
}
