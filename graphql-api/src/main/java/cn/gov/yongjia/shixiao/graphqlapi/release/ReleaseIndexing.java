package cn.gov.yongjia.shixiao.graphqlapi.release;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.gov.yongjia.shixiao.searchindex.release.ReleaseDocument;
import cn.gov.yongjia.shixiao.searchindex.release.ReleaseIndex;
import cn.gov.yongjia.shixiao.searchindex.release.ReleaseIndexer;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the release search index derived from PostgreSQL. Each committed change reaches it through the outbox
 * ({@link ReleaseChanged}, after commit, retried by the outbox retry while Elasticsearch is down) as the release's
 * current document with its row version as external version. On start the index is created and filled when it is
 * missing or unfilled, and rebuilt when it is of an older mapping version (a release of the platform that changed
 * {@code releases.json}); {@link #rebuild()} fills a fresh index and swaps the alias to it without a gap.
 */
@Component
class ReleaseIndexing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReleaseIndexing.class);
    private static final int PAGE = 200;

    private final ReleaseRepository repository;
    private final ReleaseIndex index;
    private final ReleaseIndexer indexer;

    ReleaseIndexing(ReleaseRepository repository, ReleaseIndex index, ReleaseIndexer indexer) {
        this.repository = repository;
        this.index = index;
        this.indexer = indexer;
    }

    @ApplicationModuleListener
    void on(ReleaseChanged event) {
        repository.find(event.releaseKey()).ifPresent(release -> indexer.index(document(release)));
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            boolean created = index.ensureExists();
            if (!created && index.holdsOlderVersion()) {
                // a few thousand releases at most: rebuilt here, in seconds, while the older index serves
                rebuild();
            } else if (created || !index.isFilled()) {
                long written = fill(index.alias());
                index.markFilled(index.alias());
                log.info("Filled the release search index with {} releases", written);
            }
        } catch (RuntimeException e) {
            log.warn("Release search index not ready ({}); searchReleases answers SEARCH_UNAVAILABLE until it is",
                    e.getMessage());
        }
    }

    /** Fills a fresh index from PostgreSQL, swaps the alias to it, then writes again what changed meanwhile. */
    synchronized long rebuild() {
        Instant started = Instant.now().minus(Duration.ofMinutes(2)); // transactions begun before, committed after
        String fresh = index.createFresh();
        long written = fill(fresh);
        index.swapTo(fresh);
        List<Long> changed = repository.keysChangedSince(started);
        indexer.bulk(index.alias(), repository.findAll(changed).stream().map(ReleaseIndexing::document).toList());
        log.info("Rebuilt the release search index into {}: {} releases, {} written again", fresh, written, changed.size());
        return written;
    }

    private long fill(String target) {
        long written = 0;
        long after = 0;
        while (true) {
            List<Release> page = repository.after(after, PAGE);
            if (page.isEmpty()) {
                return written;
            }
            indexer.bulk(target, page.stream().map(ReleaseIndexing::document).toList());
            written += page.size();
            after = page.getLast().key();
        }
    }

    static ReleaseDocument document(Release release) {
        String body = Jsoup.parse(SanitisedMarkdown.toHtml(release.bodyMarkdown())).text();
        return new ReleaseDocument(release.key(), release.globalId(), release.indexNumber(), release.documentNumber(),
                release.title(), release.summary(), body, release.keywords(), release.categoryCode(), release.issuerCode(),
                release.language().name(), release.state().name(),
                release.publishedAt() == null ? null : release.publishedAt().toInstant(), release.demo(), release.version());
    }
}
