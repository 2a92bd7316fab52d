package cn.gov.yongjia.shixiao.searchindex.business;

import java.time.Instant;

/**
 * What the business index holds of one business: derived from PostgreSQL, never edited in place.
 *
 * @param version grows with every change of the business in PostgreSQL; Elasticsearch keeps the highest version it
 *                has seen, so an old or repeated change can never overwrite a newer one
 */
public record BusinessDocument(long businessId, String globalId, String name, String trade, Instant updatedAt,
                               long version) {
}
