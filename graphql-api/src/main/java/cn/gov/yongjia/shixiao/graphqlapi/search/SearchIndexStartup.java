package cn.gov.yongjia.shixiao.graphqlapi.search;

import cn.gov.yongjia.shixiao.searchindex.business.BusinessIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Creates the search index on start when it is missing. The API starts even when Elasticsearch is down. */
@Component
class SearchIndexStartup {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexStartup.class);

    private final BusinessIndex index;

    SearchIndexStartup(BusinessIndex index) {
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensureIndex() {
        try {
            index.ensureExists();
        } catch (RuntimeException e) {
            log.warn("Search index not ready ({}); search answers SEARCH_UNAVAILABLE until Elasticsearch is back",
                    e.getMessage());
        }
    }
}
