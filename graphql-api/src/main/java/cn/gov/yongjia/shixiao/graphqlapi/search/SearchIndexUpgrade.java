package cn.gov.yongjia.shixiao.graphqlapi.search;

import java.util.concurrent.atomic.AtomicBoolean;

import cn.gov.yongjia.shixiao.searchindex.RebuildRunningException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Replaces an index of an older mapping version (left by the previous release) without downtime: the
 * {@link SearchIndexRebuild} builds the current version beside it from PostgreSQL, on a thread of its own, while the
 * old index keeps answering searches; the alias moves when the new one is full. Started by {@link BusinessReindexer}
 * when it finds the older version, on start and on every outbox retry round, so a failed or refused attempt (another
 * process rebuilding) is tried again. At shutdown the rebuild gives up cleanly ({@link SearchIndexRebuild#stop()}),
 * which waits for it.
 */
@Component
class SearchIndexUpgrade {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexUpgrade.class);

    private final SearchIndexRebuild rebuild;
    private final AtomicBoolean running = new AtomicBoolean();

    SearchIndexUpgrade(SearchIndexRebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** Starts the rebuild unless this process is running one already; returns at once. */
    void start() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        log.info("Building the search index of the current mapping version; the older one serves meanwhile");
        Thread.ofVirtual().name("search-index-upgrade").start(() -> {
            try {
                rebuild.run((written, total) -> { });
            } catch (RebuildRunningException e) {
                log.info("The search index is being rebuilt already: {}", e.getMessage());
            } catch (SearchIndexRebuild.StoppedException e) {
                log.info("The upgrade of the search index stopped with the application; the older index keeps "
                        + "serving, and the next start builds the current one again");
            } catch (RuntimeException e) {
                log.warn("Could not build the search index of the current mapping version (the older one keeps "
                        + "serving; tried again on the next outbox retry round): {}", e.getMessage());
            } finally {
                running.set(false);
            }
        });
    }
}
