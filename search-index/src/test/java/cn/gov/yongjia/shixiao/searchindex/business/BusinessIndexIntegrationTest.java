package cn.gov.yongjia.shixiao.searchindex.business;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import cn.gov.yongjia.shixiao.embedded.TestServices;
import cn.gov.yongjia.shixiao.searchindex.SearchIndexConfiguration;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The business index on a real Elasticsearch (the minimal distribution the platform runs). */
@SpringBootTest(classes = BusinessIndexIntegrationTest.TestApplication.class)
class BusinessIndexIntegrationTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(SearchIndexConfiguration.class)
    static class TestApplication {
    }

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        TestServices services = TestServices.shared();
        String prefix = services.newIndexPrefix();
        registry.add("spring.elasticsearch.uris", services.elasticsearch()::uri);
        registry.add("yongjia.search.index-prefix", () -> prefix);
    }

    @Autowired
    BusinessIndex index;

    @Autowired
    BusinessIndexer indexer;

    @Autowired
    BusinessSearch search;

    @Autowired
    ElasticsearchClient client;

    @Test
    void chineseNamesAreFoundByTheWordsInsideThem() {
        indexer.index(document(1, "瓯北兰州拉面馆", "RESTAURANT", 1));
        indexer.index(document(2, "桥头发艺理发店", "BARBERSHOP", 1));
        index.refresh();

        assertThat(search.search("兰州拉面", 10).hits()).extracting(BusinessHits.Hit::businessId).containsExactly(1L);
        assertThat(search.search("拉面", 10).hits()).extracting(BusinessHits.Hit::businessId).containsExactly(1L);
        assertThat(search.search("理发", 10).hits()).extracting(BusinessHits.Hit::businessId).containsExactly(2L);
        assertThat(search.search("浴室", 10).total()).isZero();
    }

    @Test
    void aRepeatedOrOlderChangeNeverOverwritesANewerOne() throws Exception {
        indexer.index(document(10, "新名称", "HOTEL", 2));
        indexer.index(document(10, "旧名称", "HOTEL", 1)); // late delivery of an older change
        indexer.index(document(10, "新名称", "HOTEL", 2)); // the same change twice

        var stored = client.get(g -> g.index(index.alias()).id("10"), BusinessDocument.class);
        assertThat(stored.source()).isNotNull();
        assertThat(stored.source().name()).isEqualTo("新名称");
        assertThat(stored.version()).isEqualTo(2L);
    }

    @Test
    void concurrentWritersCreateTheIndexOnce() {
        var writers = IntStream.rangeClosed(100, 107)
                .mapToObj(i -> CompletableFuture.runAsync(() -> indexer.index(document(i, "并发" + i, "CLINIC", 1))))
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(writers).join();
        index.refresh();

        assertThat(search.search("并发", 20).total()).isEqualTo(8);
    }

    private static BusinessDocument document(long id, String name, String trade, long version) {
        return new BusinessDocument(id, "Business:" + id, name, trade, Instant.parse("2026-11-26T08:00:00Z"), version);
    }
}
