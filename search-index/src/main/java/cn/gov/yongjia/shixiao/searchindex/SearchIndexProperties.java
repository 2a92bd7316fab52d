package cn.gov.yongjia.shixiao.searchindex;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the search indices.
 *
 * @param indexPrefix  put before every index and alias name, so that several installations (or tests) can share one
 *                     Elasticsearch cluster
 * @param rebuildLease how long the cross-process rebuild lock holds without being renewed: after a crash, the next
 *                     rebuild may start this long after the crashed one last renewed it (renewed every quarter)
 */
@ConfigurationProperties("yongjia.search")
public record SearchIndexProperties(@DefaultValue("") String indexPrefix,
                                    @DefaultValue("2m") Duration rebuildLease) {
}
