package cn.gov.yongjia.shixiao.searchindex;

import cn.gov.yongjia.shixiao.embedded.TestServices;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The search-index module alone, as integration tests run it against the shared test Elasticsearch. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(SearchIndexConfiguration.class)
public class SearchIndexTestApplication {

    /** Points a test class at the test Elasticsearch, with an index prefix of its own (indices no other class sees). */
    public static void ownIndices(DynamicPropertyRegistry registry) {
        TestServices services = TestServices.shared();
        String prefix = services.newIndexPrefix();
        registry.add("spring.elasticsearch.uris", services.elasticsearch()::uri);
        registry.add("yongjia.search.index-prefix", () -> prefix);
    }
}
