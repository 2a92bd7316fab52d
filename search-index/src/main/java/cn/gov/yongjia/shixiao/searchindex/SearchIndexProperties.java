package cn.gov.yongjia.shixiao.searchindex;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the search indices.
 *
 * @param indexPrefix put before every index and alias name, so that several installations (or tests) can share one
 *                    Elasticsearch cluster
 */
@ConfigurationProperties("yongjia.search")
public record SearchIndexProperties(@DefaultValue("") String indexPrefix) {
}
