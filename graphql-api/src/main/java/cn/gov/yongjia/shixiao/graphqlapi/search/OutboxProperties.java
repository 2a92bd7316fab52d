package cn.gov.yongjia.shixiao.graphqlapi.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param retryInterval how often changes whose indexing failed are tried again */
@ConfigurationProperties("yongjia.outbox")
record OutboxProperties(@DefaultValue("30s") Duration retryInterval) {
}
