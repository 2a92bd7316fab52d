package cn.gov.yongjia.shixiao.graphqlapi.search;

import cn.gov.yongjia.shixiao.searchindex.business.BusinessIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the search index on start when it is missing, before anything else writes to it. The API starts even when
 * Elasticsearch is down; the index is then created by the first write that reaches it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SearchIndexStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexStartup.class);

    private final BusinessIndex index;

    SearchIndexStartup(BusinessIndex index) {
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            index.ensureExists();
        } catch (RuntimeException e) {
            log.warn("Search index not ready ({}); search answers SEARCH_UNAVAILABLE until Elasticsearch is back",
                    e.getMessage());
        }
    }
}
