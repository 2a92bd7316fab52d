package cn.gov.yongjia.shixiao.graphqlapi;

import cn.gov.yongjia.shixiao.searchindex.SearchIndexConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The GraphQL API: the register in PostgreSQL is the record; the search index is derived from it through the
 * transactional outbox (Spring Modulith's event publication registry).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import(SearchIndexConfiguration.class)
@EnableAsync
@EnableScheduling
public class GraphqlApiApplication {

    public static void main(String[] args) {
        SpringApplication.run(GraphqlApiApplication.class, args);
    }
}
