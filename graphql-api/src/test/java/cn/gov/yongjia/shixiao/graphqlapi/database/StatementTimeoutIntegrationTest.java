package cn.gov.yongjia.shixiao.graphqlapi.database;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL ends a statement of the API that runs past the limit (here one second), also one waiting for a lock held
 * elsewhere: the request gets {@code REGISTER_UNAVAILABLE}, a change is not written at all, and the next request,
 * once the lock is gone, is answered as usual. Migrations run without the limit.
 */
@PlatformIntegrationTest
@TestPropertySource(properties = "yongjia.database.statement-timeout=1s")
class StatementTimeoutIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    DataSource dataSource;

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcConnectionDetails database;

    HttpGraphQlTester admin;
    HttpGraphQlTester visitor;

    @BeforeEach
    void clients() {
        StaffClients.ensureAccounts(accounts);
        admin = StaffClients.as(port, StaffClients.ADMIN);
        visitor = StaffClients.anonymous(port);
    }

    @Test
    void theApisConnectionsCarryTheLimitAndMigrationsRunWithout() throws SQLException {
        assertThat(JdbcClient.create(dataSource).sql("show statement_timeout").query(String.class).single())
                .isEqualTo("1s");

        DataSource migrations = flyway.getConfiguration().getDataSource();
        assertThat(migrations).isNotSameAs(dataSource);
        try (Connection connection = migrations.getConnection(); Statement statement = connection.createStatement();
             ResultSet timeout = statement.executeQuery("show statement_timeout")) {
            assertThat(timeout.next()).isTrue();
            assertThat(timeout.getString(1)).isEqualTo("0");
        }
    }

    @Test
    void aReadWaitingPastTheLimitForALockIsRegisterUnavailableAndTheNextOneIsAnswered() throws SQLException {
        String id = register("岩头锁表小吃店");

        try (Connection locker = lockerConnection(); Statement statement = locker.createStatement()) {
            statement.execute("lock table business in access exclusive mode");

            visitor.documentName("business").variable("id", id).execute()
                    .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                        assertThat(error.getExtensions()).containsEntry("code", "REGISTER_UNAVAILABLE");
                        assertThat(error.getMessage()).contains("try again later").doesNotContain("Exception")
                                .doesNotContain("statement");
                        assertThat(error.getPath()).isEqualTo("business");
                    }))
                    .path("business").valueIsNull();
            locker.rollback();
        }

        visitor.documentName("business").variable("id", id).execute()
                .path("business.name").entity(String.class).isEqualTo("岩头锁表小吃店");
    }

    @Test
    void aChangeWaitingPastTheLimitForALockIsNotWrittenAtAll() throws SQLException {
        String id = register("枫林老街面馆");

        try (Connection locker = lockerConnection(); Statement statement = locker.createStatement()) {
            statement.execute("select id from business where name = '枫林老街面馆' for update");

            admin.documentName("updateBusiness")
                    .variable("input", Map.of("id", id, "name", "枫林新街面馆", "address", "枫林镇新街 8 号"))
                    .execute()
                    .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                            assertThat(error.getExtensions()).containsEntry("code", "REGISTER_UNAVAILABLE")))
                    .path("updateBusiness").pathDoesNotExist(); // a non-null payload: data is null
            locker.rollback();
        }

        GraphQlTester.Response after = visitor.documentName("business").variable("id", id).execute();
        after.path("business.name").entity(String.class).isEqualTo("枫林老街面馆");
        assertThat(JdbcClient.create(dataSource)
                .sql("select count(*) from business where name = '枫林新街面馆' or address = '枫林镇新街 8 号'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aFeedWaitingPastTheLimitAnswers503WithRetryAfter() throws Exception {
        try (Connection locker = lockerConnection(); Statement statement = locker.createStatement()) {
            statement.execute("lock table news_release in access exclusive mode");

            HttpResponse<String> response = get("/feeds/releases.atom");
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).contains("30");
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/json"));
            assertThat(response.body()).contains("\"error\":\"REGISTER_UNAVAILABLE\"").contains("try again later")
                    .doesNotContain("Exception");
            locker.rollback();
        }

        HttpResponse<String> response = get("/feeds/releases.atom");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<feed");
    }

    @Test
    void anOpenDataDownloadWaitingPastTheLimitAnswers503() throws Exception {
        register("瓯北锁表理发店");
        try (Connection locker = lockerConnection(); Statement statement = locker.createStatement()) {
            statement.execute("lock table business in access exclusive mode");

            HttpResponse<String> response = get("/open-data/businesses.csv");
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).contains("REGISTER_UNAVAILABLE");
            locker.rollback();
        }

        HttpResponse<String> response = get("/open-data/businesses.csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("瓯北锁表理发店");
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private String register(String name) {
        return admin.documentName("registerBusiness")
                .variable("input", Map.of("name", name, "trade", "RESTAURANT"))
                .execute().path("registerBusiness.business.id").entity(String.class).get();
    }

    /** A connection of another client, outside the API's pool, in a transaction that holds its locks. */
    private Connection lockerConnection() throws SQLException {
        Connection connection = DriverManager.getConnection(database.getJdbcUrl(), database.getUsername(),
                database.getPassword());
        connection.setAutoCommit(false);
        return connection;
    }
}
