package cn.gov.yongjia.shixiao.graphqlapi.business;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The walking skeleton's whole path: a GraphQL mutation stores a business in PostgreSQL, a query reads it back, the
 * outbox carries it into Elasticsearch, and a search finds it.
 */
@PlatformIntegrationTest
class BusinessApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void client() {
        StaffClients.ensureAccounts(accounts);
        graphQl = StaffClients.as(port, StaffClients.ADMIN);
    }

    @Test
    void aRegisteredBusinessIsStoredQueryableAndSearchable() {
        String id = graphQl.documentName("registerBusiness")
                .variable("input", Map.of("name", "瓯北兰州拉面馆", "trade", "RESTAURANT"))
                .execute()
                .path("registerBusiness.userErrors").entityList(Object.class).hasSize(0)
                .path("registerBusiness.business.id").entity(String.class).get();

        assertThat(jdbc.sql("select trade from business where name = '瓯北兰州拉面馆'").query(String.class).list())
                .containsExactly("RESTAURANT");

        graphQl.documentName("business").variable("id", id).execute()
                .path("business.name").entity(String.class).isEqualTo("瓯北兰州拉面馆")
                .path("business.trade").entity(String.class).isEqualTo("RESTAURANT")
                .path("business.demo").entity(Boolean.class).isEqualTo(false);

        graphQl.documentName("node").variable("id", id).execute()
                .path("node.__typename").entity(String.class).isEqualTo("Business")
                .path("node.name").entity(String.class).isEqualTo("瓯北兰州拉面馆");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                graphQl.documentName("searchBusinesses").variable("query", "兰州拉面").execute()
                        .path("searchBusinesses.edges[*].node.id").entityList(String.class).containsExactly(id));

        assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single())
                .isZero();
    }

    @Test
    void invalidInputIsRefusedWithUserErrorsAndWritesNothing() {
        long before = jdbc.sql("select count(*) from business").query(Long.class).single();

        graphQl.documentName("registerBusiness")
                .variable("input", Map.of("name", "   ", "trade", "HOTEL"))
                .execute()
                .path("registerBusiness.business").valueIsNull()
                .path("registerBusiness.userErrors[0].code").entity(String.class).isEqualTo("REQUIRED")
                .path("registerBusiness.userErrors[0].field").entityList(String.class).containsExactly("input", "name");

        graphQl.documentName("registerBusiness")
                .variable("input", Map.of("name", "店".repeat(101), "trade", "HOTEL"))
                .execute()
                .path("registerBusiness.userErrors[0].code").entity(String.class).isEqualTo("TOO_LONG");

        assertThat(jdbc.sql("select count(*) from business").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void pagesFollowRegistrationOrderWithStableCursors() {
        List<String> ids = List.of("桥头理发店", "桥下发艺", "岩头诊所").stream()
                .map(name -> graphQl.documentName("registerBusiness")
                        .variable("input", Map.of("name", name, "trade", "BARBERSHOP"))
                        .execute().path("registerBusiness.business.id").entity(String.class).get())
                .toList();
        long total = jdbc.sql("select count(*) from business").query(Long.class).single();

        var firstPage = graphQl.documentName("businesses").variable("first", 1).execute();
        String firstId = firstPage.path("businesses.edges[0].node.id").entity(String.class).get();
        String cursor = firstPage.path("businesses.pageInfo.endCursor").entity(String.class).get();
        firstPage.path("businesses.totalCount").entity(Long.class).isEqualTo(total)
                .path("businesses.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(total > 1);

        // a registration between two page requests does not shift the next page
        graphQl.documentName("registerBusiness").variable("input", Map.of("name", "新开浴室", "trade", "BATHHOUSE")).execute();

        List<String> rest = graphQl.documentName("businesses").variable("first", 100).variable("after", cursor).execute()
                .path("businesses.edges[*].node.id").entityList(String.class).get();
        assertThat(rest).doesNotContain(firstId).containsSubsequence(ids.stream().filter(i -> !i.equals(firstId)).toList());
    }

    @Test
    void badArgumentsGetTypedErrorsNotServerErrors() {
        graphQl.documentName("businesses").variable("first", 101).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "INVALID_ARGUMENT")));

        graphQl.documentName("business").variable("id", "not-an-id").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "INVALID_ARGUMENT")));
    }
}
