package cn.gov.yongjia.shixiao.graphqlapi;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param keepCompletedFor how long a delivered change stays in {@code event_publication}, to look into what was
 *                         delivered when; older ones are deleted. Undelivered changes are never deleted: they are retried.
 * @param cleanupInterval  how often the delivered changes older than that are deleted
 */
@ConfigurationProperties("yongjia.outbox.retention")
record OutboxRetentionProperties(@DefaultValue("7d") Duration keepCompletedFor,
                                 @DefaultValue("1h") Duration cleanupInterval) {

    OutboxRetentionProperties {
        if (keepCompletedFor.isNegative() || cleanupInterval.isNegative() || cleanupInterval.isZero()) {
            throw new IllegalArgumentException("yongjia.outbox.retention: keep-completed-for must not be negative and"
                    + " cleanup-interval must be positive, not " + keepCompletedFor + " and " + cleanupInterval);
        }
    }
}
