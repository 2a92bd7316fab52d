package cn.gov.yongjia.shixiao.benchmark;

import java.util.Map;

import cn.gov.yongjia.shixiao.searchindex.business.BusinessSearch;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;

/**
 * The same searches straight to Elasticsearch: the request bodies {@link BusinessSearch} builds for the query (the
 * first and, when it finds nothing, the relaxed one), the very bodies the API sends, through the Elasticsearch Java
 * client; no GraphQL, no HTTP server, no PostgreSQL lookup of the records.
 */
final class ElasticsearchTarget implements SearchTarget {

    private final ElasticsearchClient client;
    private final BusinessSearch search;

    ElasticsearchTarget(ElasticsearchClient client, BusinessSearch search) {
        this.client = client;
        this.search = search;
    }

    @Override
    public int search(BenchmarkQuery query) throws Exception {
        SearchResponse<Map> response = client.search(search.request(query.query()), Map.class);
        if (BusinessSearch.found(response) == 0 && BusinessSearch.relaxable(query.query())) {
            response = client.search(search.relaxedRequest(query.query()), Map.class); // as the API does
        }
        return response.hits().hits().size();
    }
}
