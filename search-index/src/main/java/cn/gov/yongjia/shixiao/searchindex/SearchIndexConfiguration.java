package cn.gov.yongjia.shixiao.searchindex;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Import this to use the search indices: it brings the index management, the indexers and the searches. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchIndexProperties.class)
@ComponentScan
public class SearchIndexConfiguration {
}
