package cn.gov.yongjia.shixiao.searchindex;

import java.util.List;
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

    /** The townships the tests' businesses are in, named as the API names them from its township table. */
    @Bean
    PlaceNames placeNames() {
        return () -> Map.of("SHATOU", List.of("沙头镇", "沙头"), "JINXI", List.of("金溪镇", "金溪"),
                "JIEKENG", List.of("界坑乡", "界坑"), "HESHENG", List.of("鹤盛镇", "鹤盛"),
                "XUNZHAI", List.of("巽宅镇", "巽宅"), "YANTOU", List.of("岩头镇", "岩头"),
                "HUANGTIAN", List.of("黄田街道", "黄田"));
    }

    /** Points a test class at the test Elasticsearch, with an index prefix of its own (indices no other class sees). */
    public static void ownIndices(DynamicPropertyRegistry registry) {
        TestServices services = TestServices.shared();
        String prefix = services.newIndexPrefix();
        registry.add("spring.elasticsearch.uris", services.elasticsearch()::uri);
        registry.add("yongjia.search.index-prefix", () -> prefix);
    }
}
