package cn.gov.yongjia.shixiao.graphqlapi;

import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffRole;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/** GraphQL clients for tests: anonymous, or signed in as one of the test staff accounts (HTTP Basic). */
public final class StaffClients {

    public static final String PASSWORD = "test-password-1";
    public static final String ADMIN = "test.admin";
    public static final String POLICE_INSPECTOR = "test.police";
    public static final String OUBEI_OFFICER = "test.oubei";

    private StaffClients() {
    }

    public static void ensureAccounts(StaffAccounts accounts) {
        accounts.createIfMissing(ADMIN, PASSWORD, "测试管理员", StaffRole.COUNTY_ADMIN, null, null, false);
        accounts.createIfMissing(POLICE_INSPECTOR, PASSWORD, "测试公安检查员", StaffRole.DEPARTMENT_INSPECTOR,
                "PUBLIC_SECURITY", null, false);
        accounts.createIfMissing(OUBEI_OFFICER, PASSWORD, "测试瓯北干部", StaffRole.TOWNSHIP_OFFICER, null, "OUBEI", false);
    }

    /**
     * Long enough for a request that does real work (a search index rebuild) on a busy 2-core machine; the tester's
     * default is 5 s.
     */
    private static final java.time.Duration RESPONSE_TIMEOUT = java.time.Duration.ofSeconds(60);

    public static HttpGraphQlTester anonymous(int port) {
        return HttpGraphQlTester.builder(WebTestClient.bindToServer().baseUrl(url(port)).responseTimeout(RESPONSE_TIMEOUT))
                .responseTimeout(RESPONSE_TIMEOUT).build();
    }

    public static HttpGraphQlTester as(int port, String username) {
        return as(port, username, PASSWORD);
    }

    public static HttpGraphQlTester as(int port, String username, String password) {
        return HttpGraphQlTester.builder(WebTestClient.bindToServer().baseUrl(url(port)).responseTimeout(RESPONSE_TIMEOUT)
                .defaultHeaders(headers -> headers.setBasicAuth(username, password))).responseTimeout(RESPONSE_TIMEOUT).build();
    }

    private static String url(int port) {
        return "http://localhost:" + port + "/graphql";
    }
}
