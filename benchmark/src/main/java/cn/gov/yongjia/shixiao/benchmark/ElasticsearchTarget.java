package cn.gov.yongjia.shixiao.benchmark;

import cn.gov.yongjia.shixiao.searchindex.business.BusinessSearch;

/**
 * The same searches straight to Elasticsearch: {@link BusinessSearch#answer}, the very requests the API sends for
 * the query (the first and, when it finds nothing, the relaxed one) through the same Elasticsearch Java client; no
 * GraphQL, no HTTP server, no PostgreSQL lookup of the records.
 */
final class ElasticsearchTarget implements SearchTarget {

    private final BusinessSearch search;

    ElasticsearchTarget(BusinessSearch search) {
        this.search = search;
    }

    @Override
    public int search(BenchmarkQuery query) throws Exception {
        return search.answer(query.query()).response().hits().hits().size();
    }
}
