package cn.gov.yongjia.shixiao.searchindex.business;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import cn.gov.yongjia.shixiao.searchindex.RebuildRunningException;
import cn.gov.yongjia.shixiao.searchindex.SearchIndexProperties;
import cn.gov.yongjia.shixiao.searchindex.SearchUnavailableException;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * "One rebuild at a time" across processes (the API's mutation, the command, a second API instance): a lock document
 * in the small index {@code search_locks}, created with {@code op_type=create}, which Elasticsearch lets only one
 * writer do. The lock is a lease: it records when it expires, the holder renews it while it works, and a lock whose
 * lease has run out (a crashed rebuild) is taken over by the next one, so a crash blocks rebuilds for at most one
 * lease. Renewals, take-overs and releases are conditional writes ({@code if_seq_no}/{@code if_primary_term}): a
 * holder whose lease was taken over learns it at its next renewal and stops instead of swapping the alias.
 */
@Component
public class RebuildLock {

    private static final Logger log = LoggerFactory.getLogger(RebuildLock.class);
    private static final String LOCK_ID = "businesses-rebuild";
    /** Who this process is, in the lock document: host, process id and a random part. */
    private static final String PROCESS = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    /** The lock document. */
    record LockDocument(String holder, Instant acquiredAt, Instant expiresAt) {
    }

    private final ElasticsearchClient client;
    private final String index;
    private final Duration lease;
    private volatile boolean known;

    RebuildLock(ElasticsearchClient client, SearchIndexProperties properties) {
        this.client = client;
        this.index = properties.indexPrefix() + "search_locks";
        this.lease = properties.rebuildLease();
    }

    /** The index holding the lock documents. */
    public String indexName() {
        return index;
    }

    /** Takes the lock for a rebuild in this process, with the configured lease. */
    public Lease acquire() {
        return acquire(PROCESS, lease);
    }

    /**
     * Takes the lock for {@code holder} for {@code lease} (renewable).
     *
     * @throws RebuildRunningException when another holder has it and its lease has not run out
     */
    public Lease acquire(String holder, Duration lease) {
        try {
            ensureIndex();
            for (int attempt = 0; attempt < 2; attempt++) {
                Instant now = Instant.now();
                try {
                    var created = client.create(c -> c.index(index).id(LOCK_ID)
                            .document(new LockDocument(holder, now, now.plus(lease))));
                    return new Lease(holder, lease, created.seqNo(), created.primaryTerm());
                } catch (ElasticsearchException e) {
                    if (e.status() != 409) {
                        throw e;
                    }
                }
                GetResponse<LockDocument> current = client.get(g -> g.index(index).id(LOCK_ID), LockDocument.class);
                if (!current.found()) {
                    continue; // released meanwhile
                }
                LockDocument held = current.source();
                if (held != null && held.expiresAt().isAfter(Instant.now())) {
                    throw new RebuildRunningException("A rebuild of the search index is running already (" + held.holder()
                            + ", since " + held.acquiredAt() + ") / 正在重建搜索索引");
                }
                log.warn("Taking over the rebuild lock of {}, whose lease ran out at {}", held == null ? "?"
                        : held.holder(), held == null ? "?" : held.expiresAt());
                try {
                    client.delete(d -> d.index(index).id(LOCK_ID).ifSeqNo(current.seqNo())
                            .ifPrimaryTerm(current.primaryTerm()));
                } catch (ElasticsearchException e) {
                    if (e.status() != 409 && e.status() != 404) {
                        throw e;
                    }
                }
            }
            throw new RebuildRunningException("Another rebuild took the lock at the same moment / 正在重建搜索索引");
        } catch (ElasticsearchException e) {
            throw new SearchUnavailableException("Elasticsearch refused the rebuild lock", e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch cannot be reached", e);
        }
    }

    private void ensureIndex() throws IOException {
        if (known) {
            return;
        }
        try (InputStream definition = new ClassPathResource("search-index/locks.json").getInputStream()) {
            client.indices().create(CreateIndexRequest.of(r -> r.index(index).withJson(definition)));
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
        known = true;
    }

    /** A held lock; renew it while working, close it when done. */
    public final class Lease implements AutoCloseable {

        private final String holder;
        private final Duration duration;
        private long seqNo;
        private long primaryTerm;
        private long renewedAt = System.nanoTime();

        private Lease(String holder, Duration duration, long seqNo, long primaryTerm) {
            this.holder = holder;
            this.duration = duration;
            this.seqNo = seqNo;
            this.primaryTerm = primaryTerm;
        }

        public String holder() {
            return holder;
        }

        /**
         * Extends the lease when a quarter of it has passed since the last renewal (cheap to call often).
         *
         * @throws RebuildRunningException when the lease ran out and another rebuild took the lock over
         */
        public synchronized void renew() {
            if (System.nanoTime() - renewedAt < duration.toNanos() / 4) {
                return;
            }
            Instant now = Instant.now();
            try {
                var written = client.index(i -> i.index(index).id(LOCK_ID).ifSeqNo(seqNo).ifPrimaryTerm(primaryTerm)
                        .document(new LockDocument(holder, now, now.plus(duration))));
                seqNo = written.seqNo();
                primaryTerm = written.primaryTerm();
                renewedAt = System.nanoTime();
            } catch (ElasticsearchException e) {
                if (e.status() == 409) {
                    throw new RebuildRunningException("The rebuild lock was taken over by another rebuild (the lease of "
                            + holder + " had run out) / 重建锁已被接管");
                }
                throw new SearchUnavailableException("Elasticsearch refused to renew the rebuild lock", e);
            } catch (IOException e) {
                throw new SearchUnavailableException("Elasticsearch cannot be reached", e);
            }
        }

        /** Gives the lock up (unless another holder has taken it over meanwhile). */
        @Override
        public synchronized void close() {
            try {
                client.delete(d -> d.index(index).id(LOCK_ID).ifSeqNo(seqNo).ifPrimaryTerm(primaryTerm));
            } catch (ElasticsearchException e) {
                if (e.status() != 409 && e.status() != 404) {
                    log.warn("Could not release the rebuild lock: {}", e.getMessage());
                }
            } catch (IOException e) {
                log.warn("Could not release the rebuild lock (it expires by itself): {}", e.getMessage());
            }
        }
    }
}
