package cn.gov.yongjia.shixiao.graphqlapi.release;

import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import cn.gov.yongjia.shixiao.graphqlapi.staff.ReleaseRight;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffRole;

/** Press officers for the release tests: one editor, one publisher, one with both rights. */
final class ReleaseTestAccounts {

    static final String EDITOR = "test.release.editor";
    static final String PUBLISHER = "test.release.publisher";
    static final String BOTH = "test.release.both";

    private ReleaseTestAccounts() {
    }

    /** A client signed in as this account that waits up to a minute (parallel requests on a busy machine). */
    static org.springframework.graphql.test.tester.HttpGraphQlTester patient(int port, String username) {
        return org.springframework.graphql.test.tester.HttpGraphQlTester.create(
                org.springframework.test.web.reactive.server.WebTestClient.bindToServer()
                        .baseUrl("http://localhost:" + port + "/graphql")
                        .responseTimeout(java.time.Duration.ofMinutes(1))
                        .defaultHeaders(headers -> headers.setBasicAuth(username, StaffClients.PASSWORD)).build());
    }

    static void ensure(StaffAccounts accounts) {
        StaffClients.ensureAccounts(accounts);
        accounts.createIfMissing(EDITOR, StaffClients.PASSWORD, "测试编辑", StaffRole.PRESS_OFFICER, null, null, false);
        accounts.createIfMissing(PUBLISHER, StaffClients.PASSWORD, "测试发布人", StaffRole.PRESS_OFFICER, null, null, false);
        accounts.createIfMissing(BOTH, StaffClients.PASSWORD, "测试编辑兼发布人", StaffRole.PRESS_OFFICER, null, null, false);
        accounts.grantReleaseRights(EDITOR, ReleaseRight.EDIT);
        accounts.grantReleaseRights(PUBLISHER, ReleaseRight.PUBLISH);
        accounts.grantReleaseRights(BOTH, ReleaseRight.EDIT, ReleaseRight.PUBLISH);
    }
}
