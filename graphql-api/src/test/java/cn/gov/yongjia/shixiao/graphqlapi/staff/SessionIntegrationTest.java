package cn.gov.yongjia.shixiao.graphqlapi.staff;

import java.util.Map;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in gives a bearer token that acts as the account until it is revoked or expires. */
@PlatformIntegrationTest
class SessionIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private HttpGraphQlTester withToken(String token) {
        return HttpGraphQlTester.create(WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql")
                .defaultHeaders(h -> h.setBearerAuth(token)).build());
    }

    @Test
    void aTokenActsAsTheAccountUntilSignedOut() {
        StaffClients.ensureAccounts(accounts);
        HttpGraphQlTester anonymous = StaffClients.anonymous(port);
        String token = anonymous.document("mutation { signIn(username: \"test.admin\", password: \"" + StaffClients.PASSWORD
                        + "\") { token expiresAt userErrors { code } } }").execute()
                .path("signIn.userErrors").entityList(Object.class).hasSize(0)
                .path("signIn.expiresAt").hasValue()
                .path("signIn.token").entity(String.class).get();
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = :t").param("t", token).query(Long.class).single())
                .as("the token itself is never stored").isZero();

        withToken(token).documentName("registerBusiness")
                .variable("input", Map.of("name", "令牌登记店", "trade", "HOTEL")).execute()
                .path("registerBusiness.business.name").entity(String.class).isEqualTo("令牌登记店");

        withToken(token).document("mutation { signOut }").execute().path("signOut").entity(Boolean.class).isEqualTo(true);
        WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
                .post().uri("/graphql").headers(h -> h.setBearerAuth(token))
                .header("Content-Type", "application/json").bodyValue("{\"query\":\"{ townships { code } }\"}")
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void wrongCredentialsGetOneAnswerWhateverWasWrong() {
        StaffClients.ensureAccounts(accounts);
        for (String username : new String[] {"test.admin", "nobody.at.all"}) {
            StaffClients.anonymous(port).document("mutation { signIn(username: \"" + username
                            + "\", password: \"wrong\") { token userErrors { message } } }").execute()
                    .path("signIn.token").valueIsNull()
                    .path("signIn.userErrors[0].message").entity(String.class).isEqualTo("用户名或密码不对 / Wrong username or password");
        }
        WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
                .post().uri("/graphql").headers(h -> h.setBearerAuth("made-up-token"))
                .header("Content-Type", "application/json").bodyValue("{\"query\":\"{ townships { code } }\"}")
                .exchange().expectStatus().isUnauthorized();
    }
}
