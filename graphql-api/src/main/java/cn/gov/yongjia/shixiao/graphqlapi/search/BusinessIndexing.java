package cn.gov.yongjia.shixiao.graphqlapi.search;

import java.util.List;

import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessChanged;
import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessRegistry;
import cn.gov.yongjia.shixiao.graphqlapi.inspection.InspectionPublished;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessIndexer;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Carries committed register changes into the search index. Runs after the commit, from the event publication
 * registry: a failure (Elasticsearch down) leaves the publication incomplete, and it is tried again later. Each
 * delivery indexes the business as it is now, with its row's version as external version, so a repeated or late
 * delivery changes nothing.
 */
@Component
class BusinessIndexing {

    private final BusinessRegistry registry;
    private final BusinessDocuments documents;
    private final BusinessIndexer indexer;

    BusinessIndexing(BusinessRegistry registry, BusinessDocuments documents, BusinessIndexer indexer) {
        this.registry = registry;
        this.documents = documents;
        this.indexer = indexer;
    }

    @ApplicationModuleListener
    void on(BusinessChanged event) {
        reindex(event.businessKey());
    }

    /**
     * A published inspection changes the rating. Publishing also bumps the business's version (so this usually
     * finds the index up to date already); listening here too keeps the rating right should a publication ever
     * come without that.
     */
    @ApplicationModuleListener
    void on(InspectionPublished event) {
        reindex(event.businessKey());
    }

    private void reindex(long businessKey) {
        registry.find(businessKey).ifPresent(business -> documents.of(List.of(business)).forEach(indexer::index));
    }
}
