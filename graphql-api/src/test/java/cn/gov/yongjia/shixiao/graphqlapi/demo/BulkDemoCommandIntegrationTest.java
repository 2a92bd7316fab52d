package cn.gov.yongjia.shixiao.graphqlapi.demo;

import cn.gov.yongjia.shixiao.graphqlapi.ApiCommand;
import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessRegistry;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessIndex;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk demo command ({@code --yongjia.demo-data.bulk-businesses=N}) as an operator runs it, in a JVM of its own:
 * it appends N businesses, rebuilds the index so that all are found, and exits 0; a second run appends more.
 */
@PlatformIntegrationTest
@TestPropertySource(properties = "yongjia.test.own-register=bulk-demo-command")
class BulkDemoCommandIntegrationTest {

    @Autowired
    Environment environment;

    @Autowired
    BusinessRegistry registry;

    @Autowired
    BusinessIndex index;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCommandAppendsBusinessesRebuildsTheIndexAndExits() throws Exception {
        ApiCommand.Outcome first = ApiCommand.run(environment, "--yongjia.demo-data.bulk-businesses=300");

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("bulk demo data: 300 businesses (numbers 0–299)",
                "search index rebuild: done — 300 businesses");
        assertThat(registry.count()).isEqualTo(300);
        assertThat(elasticsearch.count(c -> c.index(index.alias())).count()).isEqualTo(300);

        ApiCommand.Outcome second = ApiCommand.run(environment, "--yongjia.demo-data.bulk-businesses=50");

        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.output()).contains("bulk demo data: 50 businesses (numbers 300–349)",
                "search index rebuild: done — 350 businesses");
        assertThat(jdbc.sql("select count(*) from business where demo and registration_number like '3303249%'")
                .query(Long.class).single()).isEqualTo(350);
        assertThat(elasticsearch.count(c -> c.index(index.alias())).count()).isEqualTo(350);
    }
}
