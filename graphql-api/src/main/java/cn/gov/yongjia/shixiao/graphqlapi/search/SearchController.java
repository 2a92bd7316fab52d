package cn.gov.yongjia.shixiao.graphqlapi.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.yongjia.shixiao.graphqlapi.api.InvalidArgumentException;
import cn.gov.yongjia.shixiao.graphqlapi.business.Business;
import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessRegistry;
import cn.gov.yongjia.shixiao.graphqlapi.relay.Connection;
import cn.gov.yongjia.shixiao.graphqlapi.relay.Cursor;
import cn.gov.yongjia.shixiao.graphqlapi.relay.PageRequest;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessHits;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessSearch;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code searchBusinesses}: Elasticsearch ranks, PostgreSQL supplies the records (one query for the whole page), so
 * a search result is always the same {@code Business} as everywhere else in the API.
 */
@Controller
class SearchController {

    static final int MAX_QUERY_LENGTH = 100;

    private final BusinessSearch search;
    private final BusinessRegistry registry;

    SearchController(BusinessSearch search, BusinessRegistry registry) {
        this.search = search;
        this.registry = registry;
    }

    @QueryMapping
    Connection<Business> searchBusinesses(@Argument String query, @Argument Integer first) {
        String text = query == null ? "" : query.strip();
        if (text.isEmpty() || text.length() > MAX_QUERY_LENGTH) {
            throw new InvalidArgumentException("query", "query 须为 1 到 " + MAX_QUERY_LENGTH
                    + " 个字符 / query must be 1 to " + MAX_QUERY_LENGTH + " characters");
        }
        PageRequest page = PageRequest.of(first, null);
        BusinessHits hits = search.search(text, page.first());
        Map<Long, Business> byKey = registry.findAll(hits.hits().stream().map(BusinessHits.Hit::businessId).toList())
                .stream().collect(Collectors.toMap(Business::key, Function.identity()));
        List<Connection.Edge<Business>> edges = hits.hits().stream()
                .map(hit -> byKey.get(hit.businessId()))
                .filter(Objects::nonNull)
                .map(business -> new Connection.Edge<>(Cursor.of(business.key()), business))
                .toList();
        return new Connection<>(edges, new Connection.PageInfo(hits.total() > edges.size(), false,
                edges.isEmpty() ? null : edges.getFirst().cursor(),
                edges.isEmpty() ? null : edges.getLast().cursor()), hits.total());
    }
}
