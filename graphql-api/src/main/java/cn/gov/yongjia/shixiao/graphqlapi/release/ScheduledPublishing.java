package cn.gov.yongjia.shixiao.graphqlapi.release;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes scheduled releases when they are due. Every instance runs this; the claim in PostgreSQL
 * ({@link ReleaseRecords#publishDue()}) makes sure each release is published by exactly one of them, once. A release
 * that fell due while no instance ran is published at the next start (the first check runs soon after start-up).
 */
@Component
class ScheduledPublishing {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

    private final ReleaseRecords records;

    ScheduledPublishing(ReleaseRecords records) {
        this.records = records;
    }

    @Scheduled(initialDelayString = "${yongjia.releases.publish-initial-delay:2s}",
            fixedDelayString = "${yongjia.releases.publish-check-interval:10s}")
    void publishDue() {
        try {
            List<Long> published = records.publishDue();
            if (!published.isEmpty()) {
                log.info("Published {} scheduled release(s): {}", published.size(), published);
            }
        } catch (RuntimeException e) {
            log.warn("Could not publish scheduled releases now (tried again at the next check): {}", e.getMessage());
        }
    }
}
