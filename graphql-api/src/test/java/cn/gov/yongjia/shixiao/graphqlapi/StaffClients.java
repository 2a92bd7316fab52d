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

    public static HttpGraphQlTester anonymous(int port) {
        return HttpGraphQlTester.create(WebTestClient.bindToServer().baseUrl(url(port)).build());
    }

    public static HttpGraphQlTester as(int port, String username) {
        return as(port, username, PASSWORD);
    }

    public static HttpGraphQlTester as(int port, String username, String password) {
        return HttpGraphQlTester.create(WebTestClient.bindToServer().baseUrl(url(port))
                .defaultHeaders(headers -> headers.setBasicAuth(username, password)).build());
    }

    private static String url(int port) {
        return "http://localhost:" + port + "/graphql";
    }
}
