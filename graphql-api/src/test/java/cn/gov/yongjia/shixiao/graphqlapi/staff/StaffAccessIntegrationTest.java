package cn.gov.yongjia.shixiao.graphqlapi.staff;

import java.util.Map;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may register which business: the role × scope matrix of the county document. Refusals write nothing. */
@PlatformIntegrationTest
class StaffAccessIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void accounts() {
        StaffClients.ensureAccounts(accounts);
    }

    @ParameterizedTest(name = "{0} registering a {1}: {2}")
    @CsvSource({
            "test.admin,  RESTAURANT, ALLOWED",
            "test.admin,  HOTEL,      ALLOWED",
            "test.police, HOTEL,      ALLOWED",
            "test.police, RESTAURANT, FORBIDDEN",
            "test.police, CLINIC,     FORBIDDEN",
            // without a township on record no township officer covers a business
            "test.oubei,  RESTAURANT, FORBIDDEN",
            ",            RESTAURANT, UNAUTHENTICATED"
    })
    void registeringFollowsRoleAndScope(String username, String trade, String expected) {
        HttpGraphQlTester client = username == null ? StaffClients.anonymous(port) : StaffClients.as(port, username);
        String name = "权限测试" + trade + (username == null ? "anon" : username);
        var response = client.documentName("registerBusiness")
                .variable("input", Map.of("name", name, "trade", trade))
                .execute();

        long stored = jdbc.sql("select count(*) from business where name = :name").param("name", name).query(Long.class).single();
        if (expected.equals("ALLOWED")) {
            response.path("registerBusiness.business.name").entity(String.class).isEqualTo(name);
            assertThat(stored).isEqualTo(1);
        } else {
            response.errors().satisfy(errors -> assertThat(errors).singleElement()
                    .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", expected)));
            assertThat(stored).as("a refused change writes nothing").isZero();
        }
    }

    @Test
    void wrongPasswordsAreRejectedAtTheDoor() {
        WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
                .post().uri("/graphql")
                .headers(h -> h.setBasicAuth(StaffClients.ADMIN, "wrong-password"))
                .header("Content-Type", "application/json")
                .bodyValue("{\"query\":\"{ businesses(first: 1) { totalCount } }\"}")
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void passwordsAreStoredOnlyAsHashes() {
        String hash = jdbc.sql("select password_hash from staff_account where username = :u")
                .param("u", StaffClients.ADMIN).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(StaffClients.PASSWORD);
    }

    @Test
    void readingStaysPublic() {
        StaffClients.anonymous(port).documentName("businesses").variable("first", 1).execute()
                .path("businesses.totalCount").hasValue();
    }
}
