package cn.gov.yongjia.shixiao.graphqlapi.search;

import cn.gov.yongjia.shixiao.graphqlapi.business.Business;
import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessChanged;
import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessRegistry;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessDocument;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessIndexer;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Carries committed register changes into the search index. Runs after the commit, from the event publication
 * registry: a failure (Elasticsearch down) leaves the publication incomplete, and it is tried again later.
 */
@Component
class BusinessIndexing {

    private final BusinessRegistry registry;
    private final BusinessIndexer indexer;

    BusinessIndexing(BusinessRegistry registry, BusinessIndexer indexer) {
        this.registry = registry;
        this.indexer = indexer;
    }

    @ApplicationModuleListener
    void on(BusinessChanged event) {
        registry.find(event.businessKey()).ifPresent(business -> indexer.index(toDocument(business)));
    }

    static BusinessDocument toDocument(Business business) {
        return BusinessDocument.from(new cn.gov.yongjia.shixiao.searchindex.business.BusinessFacts(business.key(),
                business.globalId(), business.name(), business.shopSignName(), business.address(),
                business.creditCode(), business.trade().name(), business.townshipCode(), business.status().name(),
                business.location() == null ? null
                        : new cn.gov.yongjia.shixiao.searchindex.business.LatLon(business.location().lat(), business.location().lon()),
                business.privateResidence(), null, null, null, business.demo(), business.updatedAt().toInstant(),
                business.version()));
    }
}
