package cn.gov.yongjia.shixiao.searchindex.business;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import cn.gov.yongjia.shixiao.searchindex.SearchUnavailableException;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import org.springframework.stereotype.Component;

/**
 * Writes business documents. Writes carry the business's version as an external version: applying the same change
 * twice, or an older change after a newer one, leaves the index as it is.
 */
@Component
public class BusinessIndexer {

    private final ElasticsearchClient client;
    private final BusinessIndex index;

    BusinessIndexer(ElasticsearchClient client, BusinessIndex index) {
        this.client = client;
        this.index = index;
    }

    /**
     * Writes one document through the alias and, while a rebuild runs, into the new index as well (same external
     * version, so the rebuild's bulk fill and this write may come in either order).
     */
    public void index(BusinessDocument document) {
        index.ensureExists();
        for (String target : index.writeTargets()) {
            write(target, document);
        }
    }

    private void write(String target, BusinessDocument document) {
        try {
            client.index(r -> r
                    .index(target)
                    .id(Long.toString(document.businessId()))
                    .version(document.version())
                    .versionType(VersionType.External)
                    .document(document));
        } catch (ElasticsearchException e) {
            if (e.status() == 409) {
                return; // the index holds this version or a newer one already
            }
            if (!target.equals(index.alias()) && !target.equals(index.rebuildTarget())) {
                return; // a rebuild ended (or was abandoned) meanwhile: the alias write is what counts
            }
            throw new SearchUnavailableException("Elasticsearch refused business " + document.businessId(), e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch cannot be reached", e);
        }
    }

    /** Documents per bulk request. */
    public static final int BULK_SIZE = 500;

    /**
     * Bulk requests in flight at once. Elasticsearch indexes one bulk request into a shard on one write thread, so
     * with one in flight a one-shard index used one core of two while a rebuild ran; with two, about 1.5 times as many
     * documents per second (measured with 30,000 of the benchmark's documents on the 2-core machine). External
     * versions keep the order of writes to one document harmless.
     */
    public static final int REQUESTS_IN_FLIGHT = 2;

    /**
     * A writer for many documents at once (a re-index), through the client's {@link BulkIngester}: requests of
     * {@value #BULK_SIZE} documents, {@value #REQUESTS_IN_FLIGHT} in flight, sent while the caller reads the next
     * ones. Same external versions as {@link #index}.
     * {@link Bulk#close()} waits for every request and fails when a document was refused for another reason than a
     * newer version already being there.
     */
    public Bulk bulk() {
        index.ensureExists();
        return new Bulk(index.alias());
    }

    /** The same, into one physical index (a rebuild's new index, not yet behind the alias). */
    public Bulk bulkInto(String physicalIndex) {
        return new Bulk(physicalIndex);
    }

    /** An open bulk write; close it to wait for the last request. */
    public final class Bulk implements AutoCloseable {

        private final AtomicLong written = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();
        private final AtomicReference<String> firstFailure = new AtomicReference<>();
        private final BulkIngester<Long> ingester;
        private final String target;

        private Bulk(String target) {
            this.target = target;
            BulkListener<Long> listener = new BulkListener<>() {
                @Override
                public void beforeBulk(long executionId, BulkRequest request, List<Long> ids) {
                }

                @Override
                public void afterBulk(long executionId, BulkRequest request, List<Long> ids, BulkResponse response) {
                    response.items().forEach(item -> {
                        if (item.error() == null || item.status() == 409) {
                            written.incrementAndGet(); // 409: this version or a newer one is there already
                        } else {
                            failed.incrementAndGet();
                            firstFailure.compareAndSet(null, "business " + item.id() + ": " + item.error().reason());
                        }
                    });
                }

                @Override
                public void afterBulk(long executionId, BulkRequest request, List<Long> ids, Throwable failure) {
                    failed.addAndGet(ids.size());
                    firstFailure.compareAndSet(null, failure.toString());
                }
            };
            ingester = BulkIngester.of(b -> b.client(client).maxOperations(BULK_SIZE)
                    .maxConcurrentRequests(REQUESTS_IN_FLIGHT)
                    .flushInterval(1, TimeUnit.SECONDS).listener(listener));
        }

        public void add(BusinessDocument document) {
            ingester.add(op -> op.index(i -> i
                    .index(target)
                    .id(Long.toString(document.businessId()))
                    .version(document.version())
                    .versionType(VersionType.External)
                    .document(document)), document.businessId());
        }

        /** Documents Elasticsearch has taken (or already had in this or a newer version). */
        public long written() {
            return written.get();
        }

        @Override
        public void close() {
            ingester.close();
            if (failed.get() > 0) {
                throw new SearchUnavailableException("Elasticsearch refused " + failed.get() + " documents, first "
                        + firstFailure.get(), null);
            }
        }
    }
}
