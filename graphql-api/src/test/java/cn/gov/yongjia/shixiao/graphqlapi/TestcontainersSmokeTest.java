package cn.gov.yongjia.shixiao.graphqlapi;

import java.time.Duration;
import java.util.Map;

import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.testcontainers.junit.jupiter.Testcontainers;

import static org.awaitility.Awaitility.await;

/**
 * The Docker path: the same register-and-search round trip on PostgreSQL and Elasticsearch containers. Runs where a
 * Docker engine is available; skipped elsewhere (CI here has none: the embedded services cover the same ground).
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestcontainersConfiguration.class)
class TestcontainersSmokeTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Test
    void registersAndFindsABusinessOnContainers() {
        StaffClients.ensureAccounts(accounts);
        HttpGraphQlTester graphQl = StaffClients.as(port, StaffClients.ADMIN);
        String id = graphQl.documentName("registerBusiness")
                .variable("input", Map.of("name", "容器里的兰州拉面", "trade", "RESTAURANT"))
                .execute().path("registerBusiness.business.id").entity(String.class).get();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                graphQl.documentName("searchBusinesses").variable("query", "兰州拉面").execute()
                        .path("searchBusinesses.edges[*].node.id").entityList(String.class).contains(id));
    }
}
