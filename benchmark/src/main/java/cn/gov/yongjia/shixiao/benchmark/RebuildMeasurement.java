package cn.gov.yongjia.shixiao.benchmark;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import cn.gov.yongjia.shixiao.graphqlapi.search.SearchIndexRebuild;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessIndex;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessIndexer;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import org.springframework.core.io.ClassPathResource;

/**
 * The platform's full rebuild against the raw bulk rate for the same documents. First the rebuild, exactly as the
 * mutation and the command run it (read PostgreSQL in pages, compute ratings, build documents, bulk-ingest into a
 * new index without refreshes, refresh, swap the alias, replay, drop the old index; the one-segment merge that
 * follows is timed apart). Then the documents it wrote are copied to a file (not timed), and written again, as ready
 * JSON, into a scratch index of the same mapping, also without refreshes, with the Java client's
 * {@link BulkIngester} with the platform's settings ({@link BusinessIndexer#BULK_SIZE} per request,
 * {@link BusinessIndexer#REQUESTS_IN_FLIGHT} in flight, external versions), and refreshed: that is the raw bulk rate,
 * the most the rebuild could reach on this machine.
 */
final class RebuildMeasurement {

    /**
     * The rebuild's documents and seconds (start to old index dropped), the one-segment merge after it (seconds, or
     * null when refused), and the raw bulk's documents and seconds.
     */
    record Result(long documents, double seconds, Double mergeSeconds, long rawDocuments, double rawSeconds) {

        double documentsPerSecond() {
            return documents / seconds;
        }

        double rawDocumentsPerSecond() {
            return rawDocuments / rawSeconds;
        }

        /** The rebuild's rate as a share of the raw rate (target ≥ 0.7). */
        double ratio() {
            return documentsPerSecond() / rawDocumentsPerSecond();
        }
    }

    private RebuildMeasurement() {
    }

    static Result run(BenchmarkPlatform platform, Path workDir) throws IOException {
        SearchIndexRebuild rebuild = platform.bean(SearchIndexRebuild.class);
        BusinessIndex index = platform.bean(BusinessIndex.class);
        ElasticsearchClient client = platform.bean(ElasticsearchClient.class);

        long[] lastPrinted = {System.nanoTime()};
        SearchIndexRebuild.Report report = rebuild.run((written, total) -> {
            if (System.nanoTime() - lastPrinted[0] > 10_000_000_000L) {
                lastPrinted[0] = System.nanoTime();
                System.out.printf("benchmark: rebuild %d / %d%n", written, total);
            }
        });

        Path documents = Files.createDirectories(workDir).resolve("documents.ndjson");
        long dumped = dump(client, index.alias(), documents);
        String scratch = index.alias() + "_bench_raw";
        client.indices().delete(d -> d.index(scratch).ignoreUnavailable(true));
        try (InputStream definition = new ClassPathResource("search-index/businesses.json").getInputStream()) {
            client.indices().create(CreateIndexRequest.of(r -> r.index(scratch).withJson(definition)));
        }
        // filled as the rebuild fills its new index: without refreshes, then one refresh
        client.indices().putSettings(p -> p.index(scratch).settings(x -> x.refreshInterval(t -> t.time("-1"))));
        long started = System.nanoTime();
        long written = bulk(client, scratch, documents);
        client.indices().refresh(r -> r.index(scratch));
        double rawSeconds = (System.nanoTime() - started) / 1e9;
        client.indices().delete(d -> d.index(scratch));
        Files.delete(documents);
        if (written != dumped || dumped != report.documents()) {
            throw new IllegalStateException("Raw bulk wrote " + written + " of " + dumped + " documents; the rebuild "
                    + report.documents());
        }
        return new Result(report.documents(), report.seconds(), report.mergeSeconds(), written, rawSeconds);
    }

    /** Every document of the index as lines "id version json", in id order. */
    private static long dump(ElasticsearchClient client, String index, Path file) throws IOException {
        long count = 0;
        List<FieldValue> after = null;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (true) {
                List<FieldValue> from = after;
                SearchResponse<JsonData> page = client.search(s -> {
                    s.index(index).size(5_000).version(true).sort(o -> o.field(f -> f.field("businessId")
                            .order(SortOrder.Asc))).query(q -> q.matchAll(m -> m));
                    if (from != null) {
                        s.searchAfter(from);
                    }
                    return s;
                }, JsonData.class);
                List<Hit<JsonData>> hits = page.hits().hits();
                if (hits.isEmpty()) {
                    return count;
                }
                for (Hit<JsonData> hit : hits) {
                    out.write(hit.id() + "\t" + hit.version() + "\t" + hit.source().toJson().toString() + "\n");
                    count++;
                }
                after = hits.getLast().sort();
            }
        }
    }

    private static long bulk(ElasticsearchClient client, String index, Path file) throws IOException {
        AtomicLong written = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        BulkListener<Void> listener = new BulkListener<>() {
            @Override
            public void beforeBulk(long executionId, BulkRequest request, List<Void> contexts) {
            }

            @Override
            public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, BulkResponse response) {
                response.items().forEach(item -> (item.error() == null ? written : failed).incrementAndGet());
            }

            @Override
            public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, Throwable failure) {
                failed.addAndGet(contexts.size());
            }
        };
        try (BulkIngester<Void> ingester = BulkIngester.of(b -> b.client(client)
                .maxOperations(BusinessIndexer.BULK_SIZE).maxConcurrentRequests(BusinessIndexer.REQUESTS_IN_FLIGHT)
                .flushInterval(1, TimeUnit.SECONDS).listener(listener));
             BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] parts = line.split("\t", 3);
                BinaryData document = BinaryData.of(parts[2].getBytes(StandardCharsets.UTF_8), ContentType.APPLICATION_JSON);
                long version = Long.parseLong(parts[1]);
                ingester.add(op -> op.index(i -> i.index(index).id(parts[0]).version(version)
                        .versionType(VersionType.External).document(document)));
            }
        }
        if (failed.get() > 0) {
            throw new IllegalStateException("Raw bulk: " + failed.get() + " documents refused");
        }
        return written.get();
    }
}
