package cn.gov.yongjia.shixiao.graphqlapi.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessRegistry;
import cn.gov.yongjia.shixiao.graphqlapi.business.CreditCode;
import cn.gov.yongjia.shixiao.graphqlapi.region.Townships;
import cn.gov.yongjia.shixiao.graphqlapi.search.SearchIndexRebuild;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessIndex;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessSearch;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk demo register on the real PostgreSQL and Elasticsearch: exactly the rows {@link BulkDemoRows} makes, with
 * valid credit codes, marked demo, rated by a published inspection, and all found after a rebuild. A register of
 * its own, so the counts are this test's.
 */
@PlatformIntegrationTest
@TestPropertySource(properties = "yongjia.test.own-register=bulk-demo")
class BulkDemoRegisterIntegrationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final int COUNT = 1_200;

    @Autowired
    BulkDemoRegister bulk;

    @Autowired
    Townships townships;

    @Autowired
    BusinessRegistry registry;

    @Autowired
    SearchIndexRebuild rebuild;

    @Autowired
    BusinessIndex index;

    @Autowired
    BusinessSearch search;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    JdbcClient jdbc;

    record Stored(String registrationNumber, String name, String shopSignName, String trade, String creditCode,
                  String address, String townshipCode, double latitude, double longitude, boolean privateResidence,
                  String status, boolean demo) {
    }

    @Test
    void writesTheSameRowsEveryTimeValidAndMarkedDemoAndARebuildIndexesThemAll() throws Exception {
        BulkDemoRegister.Result result = bulk.write(0, COUNT, TODAY);

        assertThat(result.businesses()).isEqualTo(COUNT);
        assertThat(registry.count()).isEqualTo(COUNT);
        BulkDemoRows rows = new BulkDemoRows(BulkDemoRows.SEED, townships.all(), TODAY);
        List<BulkDemoRows.Row> expected = LongStream.range(0, COUNT).mapToObj(rows::row).toList();
        List<Stored> stored = jdbc.sql("""
                        select registration_number, name, shop_sign_name, trade, credit_code, address, township_code,
                               latitude, longitude, private_residence, status, demo
                        from business order by id""")
                .query(Stored.class).list();
        assertThat(stored).isEqualTo(expected.stream().map(r -> new Stored(r.registrationNumber(), r.name(),
                r.shopSignName(), r.trade().name(), r.creditCode(), r.address(), r.townshipCode(), r.latitude(),
                r.longitude(), r.privateResidence(), r.status(), true)).toList());
        assertThat(stored).allSatisfy(s -> assertThat(CreditCode.isValid(s.creditCode())).isTrue());
        long rated = expected.stream().filter(r -> r.inspection() != null).count();
        assertThat(result.inspections()).isEqualTo(rated);
        assertThat(jdbc.sql("select count(*) from inspection where demo and publication_status = 'PUBLISHED'")
                .query(Long.class).single()).isEqualTo(rated);
        assertThat(jdbc.sql("""
                        select count(*) from business b
                        where exists (select 1 from business_status_change c where c.business_id = b.id and c.status = 'OPEN')
                          and (b.status = 'OPEN' or exists (select 1 from business_status_change c
                                                            where c.business_id = b.id and c.status = b.status))""")
                .query(Long.class).single()).as("every business has its status history").isEqualTo(COUNT);
        assertThat(jdbc.sql("select count(distinct trade) from business").query(Long.class).single()).isEqualTo(10);

        // the next run appends different businesses
        BulkDemoRegister.Result more = bulk.append(100);
        assertThat(more.firstNumber()).isEqualTo(COUNT);
        assertThat(registry.count()).isEqualTo(COUNT + 100);
        assertThat(jdbc.sql("select count(distinct credit_code) from business").query(Long.class).single())
                .isEqualTo(COUNT + 100);

        // none of them is in the index (they bypassed the outbox) until a rebuild
        SearchIndexRebuild.Report report = rebuild.run((written, total) -> { });

        assertThat(report.documents()).isEqualTo(COUNT + 100);
        assertThat(elasticsearch.count(c -> c.index(index.alias())).count()).isEqualTo(COUNT + 100);
        BulkDemoRows.Row first = expected.getFirst();
        assertThat(search.search(first.creditCode(), 5).hits()).first()
                .satisfies(hit -> assertThat(hit.businessId()).isEqualTo(registry.after(0L, 1).getFirst().key()));
        long lanzhou = jdbc.sql("select count(*) from business where name like '%兰州拉面%' or shop_sign_name like '%兰州拉面%'")
                .query(Long.class).single();
        assertThat(lanzhou).isPositive();
        var hits = search.search("兰州拉面", 5);
        assertThat(hits.total()).isGreaterThanOrEqualTo(lanzhou);
        assertThat(hits.hits()).hasSize(5);
    }
}
