package cn.gov.yongjia.shixiao.searchindex.release;

import java.util.List;

/**
 * One page of release search results in rank order.
 *
 * @param total how many published (or withdrawn) releases match in all
 */
public record ReleaseHits(long total, List<Hit> hits, boolean hasMore) {

    /**
     * @param offset           position of this hit in the whole result (the page after it starts at offset + 1)
     * @param highlightedTitle the title, HTML-escaped, with the matched characters in {@code <em>…</em>}; null when
     *                         the title did not match
     */
    public record Hit(long releaseId, double score, int offset, String highlightedTitle) {
    }
}
