package cn.gov.yongjia.shixiao.graphqlapi;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Operators see at a glance whether PostgreSQL and Elasticsearch are reachable. */
@PlatformIntegrationTest
class HealthIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void healthReportsPostgresAndElasticsearch() {
        RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
                .get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.db.status").isEqualTo("UP")
                .jsonPath("$.components.elasticsearch.status").isEqualTo("UP");
    }
}
