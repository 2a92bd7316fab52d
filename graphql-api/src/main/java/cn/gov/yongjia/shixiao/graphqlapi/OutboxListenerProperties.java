package cn.gov.yongjia.shixiao.graphqlapi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param threads how many outbox deliveries (indexing, subscriptions) run at once; each holds a database connection,
 *                so keep it well below the connection pool's size (10 by default)
 */
@ConfigurationProperties("yongjia.outbox.listeners")
record OutboxListenerProperties(@DefaultValue("4") int threads) {

    OutboxListenerProperties {
        if (threads < 1) {
            throw new IllegalArgumentException("yongjia.outbox.listeners.threads must be at least 1, not " + threads);
        }
    }
}
