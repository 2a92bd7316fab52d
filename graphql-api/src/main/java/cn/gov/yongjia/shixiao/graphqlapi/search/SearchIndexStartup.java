package cn.gov.yongjia.shixiao.graphqlapi.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the search index on start when it is missing and fills it from the register when it has not been filled,
 * before the API reports ready; an index of an older mapping version keeps serving while its replacement is built
 * ({@link SearchIndexUpgrade}). The API starts even when Elasticsearch is down; the outbox retry then does this once
 * Elasticsearch is back. Not in the rebuild command ({@link SearchIndexRebuildCommand}), whose rebuild does it all.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "yongjia.search.rebuild", havingValue = "false", matchIfMissing = true)
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
