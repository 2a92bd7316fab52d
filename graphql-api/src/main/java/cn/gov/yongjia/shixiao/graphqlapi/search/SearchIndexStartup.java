package cn.gov.yongjia.shixiao.graphqlapi.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the search index on start when it is missing (or replaces one of an older mapping version), and fills it
 * from the register when it has not been filled, before the API reports ready. The API starts even when
 * Elasticsearch is down; the outbox retry then does this once Elasticsearch is back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SearchIndexStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexStartup.class);

    private final BusinessReindexer reindexer;

    SearchIndexStartup(BusinessReindexer reindexer) {
        this.reindexer = reindexer;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            reindexer.fillIfNeeded();
        } catch (RuntimeException e) {
            log.warn("Search index not ready ({}); search answers SEARCH_UNAVAILABLE until Elasticsearch is back",
                    e.getMessage());
        }
    }
}
