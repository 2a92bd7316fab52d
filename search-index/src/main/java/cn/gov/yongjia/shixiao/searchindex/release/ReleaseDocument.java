package cn.gov.yongjia.shixiao.searchindex.release;

import java.time.Instant;
import java.util.List;

/**
 * What the release index holds of a release (derived from PostgreSQL): its text, the filter values and the row
 * version, used as Elasticsearch's external version. {@code body} is plain text (the Markdown's rendered text).
 */
public record ReleaseDocument(long releaseId, String globalId, String indexNumber, String documentNumber, String title,
                              String summary, String body, List<String> keywords, String category, String issuer,
                              String language, String state, Instant publishedAt, boolean demo, long version) {
}
