package cn.gov.yongjia.shixiao.graphqlapi.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import cn.gov.yongjia.shixiao.embedded.TestServices;
import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import cn.gov.yongjia.shixiao.graphqlapi.TestServicesInitializer;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessDocument;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessIndex;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * No committed change may miss the index: changes made while Elasticsearch is down wait in the outbox and reach the
 * index when it is back, after which the index equals PostgreSQL document by document. Meanwhile each failed delivery
 * is one warning, not an "unexpected" error with its stack trace.
 */
@PlatformIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class IndexCatchUpIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    BusinessIndex index;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void client() {
        StaffClients.ensureAccounts(accounts);
        graphQl = StaffClients.as(port, StaffClients.ADMIN);
    }

    @Test
    void changesMadeDuringAnOutageReachTheIndexWhenElasticsearchReturns(CapturedOutput output) {
        // this test stops and restarts the Elasticsearch process, which it can do only for the embedded one
        assumeTrue(TestServicesInitializer.usesEmbeddedServices(), "needs the embedded Elasticsearch");
        String before = register("三江停电前小吃店", "RESTAURANT", "SANJIANG");
        await().atMost(Duration.ofSeconds(30)).until(() -> indexedCount() == businessCount());

        TestServices.shared().elasticsearch().stop();
        try {
            register("鹤盛停机中理发店", "BARBERSHOP", "HESHENG");
            register("沙头停机中浴室", "BATHHOUSE", null);
            graphQl.documentName("changeBusinessStatus").variable("input", Map.of("businessId", before,
                            "status", "SUSPENDED", "reason", "停电整改"))
                    .execute().path("changeBusinessStatus.business.status").entity(String.class).isEqualTo("SUSPENDED");
            assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null")
                    .query(Long.class).single()).as("changes waiting in the outbox").isEqualTo(3L);
        } finally {
            TestServices.shared().elasticsearch().restart("512m");
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(indexedCount()).isEqualTo(businessCount()));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(this::assertIndexEqualsRegister);
        assertThat(output.getOut()).as("the outage, as an operator reads it")
                .contains("BusinessIndexing.on of BusinessChanged waits for the search index")
                .doesNotContain("Unexpected exception occurred invoking async method");
    }

    private String register(String name, String trade, String township) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("name", name, "trade", trade));
        if (township != null) {
            input.put("townshipCode", township);
        }
        return graphQl.documentName("registerFullBusiness").variable("input", input).execute()
                .path("registerBusiness.business.id").entity(String.class).get();
    }

    private long businessCount() {
        return jdbc.sql("select count(*) from business").query(Long.class).single();
    }

    private long indexedCount() {
        try {
            index.refresh();
            return elasticsearch.count(c -> c.index(index.alias())).count();
        } catch (Exception e) {
            return -1;
        }
    }

    private void assertIndexEqualsRegister() {
        record Row(long id, String name, String trade, String status, String townshipCode, long version) {
        }
        List<Row> register = jdbc.sql("select id, name, trade, status, township_code, version from business order by id")
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6))).list();
        for (Row row : register) {
            try {
                var stored = elasticsearch.get(g -> g.index(index.alias()).id(Long.toString(row.id())), BusinessDocument.class);
                assertThat(stored.found()).as("business %s indexed", row.id()).isTrue();
                assertThat(stored.source()).isNotNull();
                assertThat(stored.source().name()).isEqualTo(row.name());
                assertThat(stored.source().trade()).isEqualTo(row.trade());
                assertThat(stored.source().status()).isEqualTo(row.status());
                assertThat(stored.source().townshipCode()).isEqualTo(row.townshipCode());
                assertThat(stored.source().version()).isEqualTo(row.version());
                assertThat(stored.version()).isEqualTo(row.version());
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
    }
}
