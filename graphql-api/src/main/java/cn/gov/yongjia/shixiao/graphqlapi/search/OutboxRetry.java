package cn.gov.yongjia.shixiao.graphqlapi.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries again the changes that did not reach the index (for example while Elasticsearch was down), and fills an index
 * that has not been filled from the register yet.
 */
@Component
class OutboxRetry {

    private static final Logger log = LoggerFactory.getLogger(OutboxRetry.class);

    private final IncompleteEventPublications incomplete;
    private final OutboxProperties properties;
    private final BusinessReindexer reindexer;

    OutboxRetry(IncompleteEventPublications incomplete, OutboxProperties properties, BusinessReindexer reindexer) {
        this.incomplete = incomplete;
        this.properties = properties;
        this.reindexer = reindexer;
    }

    @Scheduled(fixedDelayString = "${yongjia.outbox.retry-interval:30s}", initialDelayString = "${yongjia.outbox.retry-interval:30s}")
    void retryIncomplete() {
        try {
            // an index first created after the start (Elasticsearch was down then) is filled here
            reindexer.fillIfNeeded();
        } catch (RuntimeException e) {
            log.warn("Could not fill the search index from the register: {}", e.getMessage());
        }
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(properties.retryInterval());
        } catch (RuntimeException e) {
            log.warn("Could not resubmit outstanding index updates: {}", e.getMessage());
        }
    }
}
