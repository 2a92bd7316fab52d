package cn.gov.yongjia.shixiao.searchindex;

import java.util.Map;

import cn.gov.yongjia.shixiao.embedded.TestServices;
import cn.gov.yongjia.shixiao.searchindex.business.PlaceNames;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The search-index module alone, as integration tests run it against the shared test Elasticsearch. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(SearchIndexConfiguration.class)
public class SearchIndexTestApplication {

    /** The townships the tests' businesses are in, named as the API's township table names them. */
    @Bean
    PlaceNames placeNames() {
        return () -> Map.of("SHATOU", "沙头镇", "JINXI", "金溪镇", "JIEKENG", "界坑乡", "HESHENG", "鹤盛镇",
                "XUNZHAI", "巽宅镇", "YANTOU", "岩头镇", "HUANGTIAN", "黄田街道");
    }

    /** Points a test class at the test Elasticsearch, with an index prefix of its own (indices no other class sees). */
    public static void ownIndices(DynamicPropertyRegistry registry) {
        TestServices services = TestServices.shared();
        String prefix = services.newIndexPrefix();
        registry.add("spring.elasticsearch.uris", services.elasticsearch()::uri);
        registry.add("yongjia.search.index-prefix", () -> prefix);
    }
}
