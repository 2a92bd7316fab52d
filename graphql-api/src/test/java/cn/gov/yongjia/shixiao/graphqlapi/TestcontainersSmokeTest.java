package cn.gov.yongjia.shixiao.graphqlapi;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;
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

    @Test
    void registersAndFindsABusinessOnContainers() {
        HttpGraphQlTester graphQl = HttpGraphQlTester.create(
                WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql").build());
        String id = graphQl.documentName("registerBusiness")
                .variable("input", Map.of("name", "容器里的兰州拉面", "trade", "RESTAURANT"))
                .execute().path("registerBusiness.business.id").entity(String.class).get();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                graphQl.documentName("searchBusinesses").variable("query", "兰州拉面").execute()
                        .path("searchBusinesses.edges[*].node.id").entityList(String.class).contains(id));
    }
}
