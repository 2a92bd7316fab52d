package cn.gov.yongjia.shixiao.graphqlapi.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import cn.gov.yongjia.shixiao.graphqlapi.business.Business;
import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessRegistry;
import cn.gov.yongjia.shixiao.searchindex.RebuildRunningException;
import cn.gov.yongjia.shixiao.searchindex.SearchUnavailableException;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessIndex;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessIndexer;
import cn.gov.yongjia.shixiao.searchindex.business.RebuildLock;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The full rebuild of the business index without downtime (issue 4), behind the admin mutation
 * {@code rebuildSearchIndex} and the command {@code --yongjia.search.rebuild=true}:
 * <ol>
 *     <li>a new physical index is created beside the one behind the alias; from now on every outbox write in this
 *     process goes to both ({@link BusinessIndex#startRebuild()});</li>
 *     <li>it is filled from PostgreSQL in keyset pages of 500 through the client's bulk ingester, each document with
 *     its row's version as external version;</li>
 *     <li>it gets its refresh interval back (it filled without refreshes), is refreshed, and the alias moves to it in
 *     one atomic {@code _aliases} request;</li>
 *     <li>every business changed since the rebuild started (less a safety margin) is read again and written
 *     through the alias: this replays changes that another process (the API, while the command runs) indexed only
 *     into the old index;</li>
 *     <li>after a grace second for searches still running on it, the old index is deleted: the rebuild is done
 *     ({@link Report#seconds()});</li>
 *     <li>the new index, now serving, is merged into one segment, which halves the cost of a search on it
 *     ({@link Report#mergeSeconds()}); searches meanwhile are complete, only slower.</li>
 * </ol>
 * Why no change is lost and none overwritten by an older one: Elasticsearch keeps, per document, the highest external
 * version written, whatever the order of the writes. A change committed before the fill reads its row is in what the
 * fill writes. A change committed after that arrives through the outbox, which reads the row after the commit (so
 * with the higher version) and, in this process, writes it into the new index as well as through the alias (the
 * targets are read once per write after the row: a write that saw no rebuild yet read its row before the fill
 * did). Searches read the old index, full, until the alias moves to the new one, full and refreshed.
 * <p>
 * One rebuild at a time: within this process by a flag, across processes (the command beside the API, two API
 * instances) by the {@link RebuildLock} lease in Elasticsearch, renewed while the rebuild runs. A second rebuild is
 * refused with {@link RebuildRunningException} ({@code ALREADY_RUNNING}).
 * <p>
 * When the application shuts down ({@link #stop()}), a rebuild still filling gives up after the page it is writing:
 * it deletes its new index and releases the lock, and the alias stays on the old, complete index. One that is
 * merging stops waiting for the merge (Elasticsearch finishes it on its own) and releases the lock. Without this the
 * shutdown closed PostgreSQL and Elasticsearch under it: its half-filled index stayed behind and the lock blocked the
 * next rebuild (or the upgrade on the next start) until its lease ran out.
 */
@Component
public class SearchIndexRebuild {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexRebuild.class);
    static final int BATCH = 500;
    /** Replayed changes reach back this far before the start: transactions begun earlier but committed later. */
    static final Duration REPLAY_MARGIN = Duration.ofMinutes(2);
    /** How long the old index stays after the alias moved, for searches begun on it to end. */
    static final Duration DROP_GRACE = Duration.ofSeconds(1);
    /** How long shutting down waits for a rebuild to give up (it does after the page it is writing). */
    static final Duration STOP_WAIT = Duration.ofSeconds(20);

    /** Told after every page written. */
    @FunctionalInterface
    public interface Progress {
        void written(long documents, long total);
    }

    /**
     * What a rebuild did: {@code seconds} from the start to the old index deleted (the new one serving), then
     * {@code mergeSeconds} merging the new one into one segment (null when Elasticsearch refused the merge: the new
     * index serves unmerged, searches on it cost more until Elasticsearch's own merges catch up).
     */
    public record Report(long documents, long replayed, double seconds, Double mergeSeconds, List<String> oldIndices,
                         String newIndex) {
    }

    /** A running rebuild; {@code merging} once the new index serves and is being merged. */
    public record Status(String newIndex, Instant startedAt, long written, long total, boolean merging) {
    }

    private final BusinessRegistry registry;
    private final BusinessDocuments documents;
    private final BusinessIndex index;
    private final BusinessIndexer indexer;
    private final RebuildLock lock;
    private final AtomicReference<Status> running = new AtomicReference<>();
    private volatile boolean stopping;

    SearchIndexRebuild(BusinessRegistry registry, BusinessDocuments documents, BusinessIndex index,
                       BusinessIndexer indexer, RebuildLock lock) {
        this.registry = registry;
        this.documents = documents;
        this.index = index;
        this.indexer = indexer;
        this.lock = lock;
    }

    /** The rebuild running now in this process, if any. */
    public java.util.Optional<Status> status() {
        return java.util.Optional.ofNullable(running.get());
    }

    /**
     * Rebuilds the index; returns when the alias points at the new index, the old one is gone and the new one is
     * merged.
     *
     * @throws RebuildRunningException when a rebuild is running already, in this process or another
     */
    public Report run(Progress progress) {
        Instant started = Instant.now();
        Status initial = new Status(null, started, 0, 0, false);
        if (!running.compareAndSet(null, initial)) {
            throw new RebuildRunningException("A rebuild of the search index is running already / 正在重建搜索索引");
        }
        try (RebuildLock.Lease lease = lock.acquire()) {
            checkNotStopping(); // after taking the flag: stop() either sees this run or this run sees it stopping
            long nanos = System.nanoTime();
            String fresh = index.startRebuild();
            long total = registry.count();
            running.set(new Status(fresh, started, 0, total, false));
            long count;
            try {
                count = fill(fresh, total, started, (written, all) -> {
                    lease.renew();
                    progress.written(written, all);
                });
                lease.renew();
                index.ready(fresh);
            } catch (RuntimeException e) {
                index.abandonRebuild(fresh);
                throw e;
            }
            List<String> old = index.finishRebuild(fresh);
            long replayed = replay(started.minus(REPLAY_MARGIN));
            // a search that resolved the alias just before it moved may still be reading the old index
            LockSupport.parkNanos(DROP_GRACE.toNanos());
            index.drop(old);
            double seconds = (System.nanoTime() - nanos) / 1e9;
            log.info("Rebuilt the search index {} ({} businesses, {} replayed) in {} s; dropped {}; merging it", fresh,
                    count, replayed, String.format("%.1f", seconds), old);
            running.set(new Status(fresh, started, count, count, true));
            Double mergeSeconds = merge(fresh, lease);
            return new Report(count, replayed, seconds, mergeSeconds, old, fresh);
        } finally {
            running.set(null);
        }
    }

    /**
     * At shutdown: makes a running rebuild give up (see the class comment) and waits for it, at most
     * {@link #STOP_WAIT}; no rebuild starts after this.
     */
    @PreDestroy
    void stop() {
        stopping = true;
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        while (running.get() != null && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        Status left = running.get();
        if (left != null) {
            log.warn("The rebuild into {} did not stop within {} s; its lock is free again when its lease runs out",
                    left.newIndex(), STOP_WAIT.toSeconds());
        }
    }

    /** Whether the application is shutting down (rebuilds give up). */
    boolean stopping() {
        return stopping;
    }

    private void checkNotStopping() {
        if (stopping) {
            throw new StoppedException();
        }
    }

    /**
     * A rebuild gave up because the application is shutting down; the alias stays where it was. The index cannot be
     * worked on here now, so {@code rebuildSearchIndex} answers {@code SEARCH_UNAVAILABLE} (retry later, on this
     * instance once it is back or on another), not an internal error.
     */
    static final class StoppedException extends SearchUnavailableException {
        StoppedException() {
            super("The application is shutting down: the rebuild of the search index gave up / 应用正在关闭，重建已放弃",
                    null);
        }
    }

    /** Merges the new, serving index; a failure leaves it serving unmerged, so it is logged, not thrown. */
    private Double merge(String fresh, RebuildLock.Lease lease) {
        long nanos = System.nanoTime();
        try {
            index.merge(fresh, () -> {
                checkNotStopping();
                lease.renew();
            });
        } catch (RuntimeException e) {
            log.warn("The search index {} serves, but could not be merged into one segment: {}", fresh, e.getMessage());
            return null;
        }
        double seconds = (System.nanoTime() - nanos) / 1e9;
        log.info("Merged the search index {} into one segment in {} s", fresh, String.format("%.1f", seconds));
        return seconds;
    }

    private long fill(String fresh, long total, Instant started, Progress progress) {
        long count = 0;
        BusinessIndexer.Bulk bulk = indexer.bulkInto(fresh);
        try (bulk) {
            long after = 0;
            List<Business> batch;
            do {
                batch = registry.after(after, BATCH);
                documents.of(batch).forEach(bulk::add);
                count += batch.size();
                if (!batch.isEmpty()) {
                    after = batch.getLast().key();
                }
                running.set(new Status(fresh, started, bulk.written(), Math.max(total, count), false));
                progress.written(bulk.written(), Math.max(total, count));
                checkNotStopping();
            } while (batch.size() == BATCH);
        }
        running.set(new Status(fresh, started, bulk.written(), Math.max(total, count), false));
        progress.written(bulk.written(), Math.max(total, count));
        return count;
    }

    /** Writes again, through the alias (now the new index), every business changed since then. */
    private long replay(Instant since) {
        List<Long> keys = registry.keysChangedSince(since);
        try (BusinessIndexer.Bulk bulk = indexer.bulk()) {
            for (int from = 0; from < keys.size(); from += BATCH) {
                documents.of(registry.findAllInOrder(keys.subList(from, Math.min(keys.size(), from + BATCH))))
                        .forEach(bulk::add);
            }
        }
        index.refresh();
        return keys.size();
    }
}
