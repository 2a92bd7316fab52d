package cn.gov.yongjia.shixiao.graphqlapi;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the outbox small: Spring Modulith marks a delivered change completed and leaves its row in
 * {@code event_publication}, so without this the table, and the retry's scan of it, grew with every change ever made.
 * Delivered changes older than {@code yongjia.outbox.retention.keep-completed-for} are deleted (one statement, on
 * the index of {@code completion_date}); undelivered ones stay until they are delivered. Several API instances may
 * run it at once: deleting the same rows twice is harmless.
 */
@Component
class OutboxRetention {

    private static final Logger log = LoggerFactory.getLogger(OutboxRetention.class);

    private final CompletedEventPublications completed;
    private final OutboxRetentionProperties properties;

    OutboxRetention(CompletedEventPublications completed, OutboxRetentionProperties properties) {
        this.completed = completed;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${yongjia.outbox.retention.cleanup-interval:1h}",
            initialDelayString = "${yongjia.outbox.retention.cleanup-interval:1h}")
    void deleteOldCompleted() {
        try {
            completed.deletePublicationsOlderThan(properties.keepCompletedFor());
        } catch (RuntimeException e) {
            // the database is unreachable or busy: the next round tries again, nothing is lost meanwhile
            log.warn("Could not delete delivered outbox entries older than {}: {}", properties.keepCompletedFor(),
                    e.getMessage());
        }
    }
}
