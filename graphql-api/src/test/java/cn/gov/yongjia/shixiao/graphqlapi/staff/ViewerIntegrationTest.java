package cn.gov.yongjia.shixiao.graphqlapi.staff;

import java.util.List;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import cn.gov.yongjia.shixiao.graphqlapi.relay.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code viewer} for each kind of account the demo has (a press officer who writes, one who publishes, the county
 * administrator) and for one without release rights: the rights it reports are exactly those the release mutations
 * then allow, and an anonymous request gets null.
 */
@PlatformIntegrationTest
class ViewerIntegrationTest {

    private static final String EDITOR = "viewer.editor";
    private static final String PUBLISHER = "viewer.publisher";
    private static final String VIEWER = """
            { viewer { username displayName roles releaseRights } }""";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @BeforeEach
    void accounts() {
        StaffClients.ensureAccounts(accounts);
        accounts.createIfMissing(EDITOR, StaffClients.PASSWORD, "查看者编辑", StaffRole.PRESS_OFFICER, null, null, false);
        accounts.createIfMissing(PUBLISHER, StaffClients.PASSWORD, "查看者发布人", StaffRole.PRESS_OFFICER, null, null, false);
        accounts.grantReleaseRights(EDITOR, ReleaseRight.EDIT);
        accounts.grantReleaseRights(PUBLISHER, ReleaseRight.PUBLISH);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            viewer.editor    | 查看者编辑     | PRESS_OFFICER        | EDIT
            viewer.publisher | 查看者发布人   | PRESS_OFFICER        | PUBLISH
            test.admin       | 测试管理员     | COUNTY_ADMIN         | EDIT PUBLISH
            test.police      | 测试公安检查员 | DEPARTMENT_INSPECTOR |
            """)
    void theViewerHasTheRightsTheReleaseMutationsCheck(String username, String displayName, String role, String rights) {
        List<String> expected = rights == null ? List.of() : List.of(rights.split(" "));
        HttpGraphQlTester client = StaffClients.as(port, username);

        var viewer = client.document(VIEWER).execute();
        viewer.path("viewer.username").entity(String.class).isEqualTo(username);
        viewer.path("viewer.displayName").entity(String.class).isEqualTo(displayName);
        viewer.path("viewer.roles").entityList(String.class).containsExactly(role);
        viewer.path("viewer.releaseRights").entityList(String.class).hasSize(expected.size()).contains(expected.toArray(String[]::new));

        assertThat(refused(client, "query { releasePreview(markdown: \"*预览*\") }"))
                .as("previewing needs EDIT").isEqualTo(!expected.contains("EDIT"));
        String noSuchRelease = new GlobalId("Release", 999_999_999L).encode();
        assertThat(refused(client, "mutation { cancelReleaseSchedule(id: \"" + noSuchRelease + "\") { userErrors { code } } }"))
                .as("cancelling a schedule needs PUBLISH").isEqualTo(!expected.contains("PUBLISH"));
    }

    @Test
    void anAnonymousRequestHasNoViewer() {
        StaffClients.anonymous(port).document(VIEWER).execute().path("viewer").valueIsNull();
    }

    @Test
    void aBearerTokenFromSignInIsTheSameViewer() {
        String token = StaffClients.anonymous(port).document("mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }")
                .variable("u", PUBLISHER).variable("p", StaffClients.PASSWORD).execute()
                .path("signIn.token").entity(String.class).get();
        HttpGraphQlTester withToken = HttpGraphQlTester.create(org.springframework.test.web.reactive.server.WebTestClient
                .bindToServer().baseUrl("http://localhost:" + port + "/graphql").defaultHeaders(h -> h.setBearerAuth(token)).build());
        withToken.document(VIEWER).execute()
                .path("viewer.username").entity(String.class).isEqualTo(PUBLISHER)
                .path("viewer.releaseRights").entityList(String.class).containsExactly("PUBLISH");
    }

    /** Whether the API refuses the request with FORBIDDEN (and nothing else). */
    private static boolean refused(HttpGraphQlTester client, String document) {
        List<String> codes = new java.util.ArrayList<>();
        client.document(document).execute().errors().satisfy(errors -> errors.stream()
                .map(ResponseError::getExtensions).map(extensions -> (Object) extensions.get("code"))
                .forEach(code -> codes.add(String.valueOf(code))));
        assertThat(codes).as("no error but FORBIDDEN").allMatch("FORBIDDEN"::equals);
        return codes.contains("FORBIDDEN");
    }
}
