package cn.gov.yongjia.shixiao.graphqlapi.search;

import java.util.List;

import cn.gov.yongjia.shixiao.graphqlapi.business.Business;
import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessRegistry;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessIndex;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessIndexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Fills the search index from PostgreSQL: every business, with its current rating, in keyset-paged batches, written
 * with the client's bulk ingester and the rows' versions as external versions (so it may run while the outbox
 * writes too). Runs when the index was created and has not been filled since (recorded in the index, so an
 * interrupted fill is redone): a new installation, or one whose index Elasticsearch lost. An index of an older
 * mapping version is not filled here but replaced without downtime ({@link SearchIndexUpgrade}).
 */
@Component
public class BusinessReindexer {

    private static final Logger log = LoggerFactory.getLogger(BusinessReindexer.class);
    static final int BATCH = 500;

    private final BusinessRegistry registry;
    private final BusinessDocuments documents;
    private final BusinessIndex index;
    private final BusinessIndexer indexer;
    private final SearchIndexUpgrade upgrade;

    BusinessReindexer(BusinessRegistry registry, BusinessDocuments documents, BusinessIndex index,
                      BusinessIndexer indexer, SearchIndexUpgrade upgrade) {
        this.registry = registry;
        this.documents = documents;
        this.index = index;
        this.indexer = indexer;
        this.upgrade = upgrade;
    }

    /**
     * Looks at the index in Elasticsearch again and fills it unless it is filled; starts the upgrade when it is of an
     * older mapping version.
     *
     * @return how many businesses were written, 0 when nothing was to do (or the upgrade runs on)
     */
    public synchronized long fillIfNeeded() {
        index.recheck();
        if (index.holdsOlderVersion()) {
            upgrade.start();
            return 0;
        }
        if (index.isFilled()) {
            return 0;
        }
        long written = reindexAll();
        index.markFilled();
        return written;
    }

    /** Writes every business of the register into the index. */
    public synchronized long reindexAll() {
        long started = System.nanoTime();
        long count = 0;
        try (BusinessIndexer.Bulk bulk = indexer.bulk()) {
            long after = 0;
            List<Business> batch;
            do {
                batch = registry.after(after, BATCH);
                documents.of(batch).forEach(bulk::add);
                count += batch.size();
                if (!batch.isEmpty()) {
                    after = batch.getLast().key();
                }
            } while (batch.size() == BATCH);
        }
        index.refresh();
        log.info("Indexed {} businesses from the register in {} ms", count, (System.nanoTime() - started) / 1_000_000);
        return count;
    }
}
