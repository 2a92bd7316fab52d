package cn.gov.yongjia.shixiao.portal.listing;

import java.util.List;

import cn.gov.yongjia.shixiao.portal.api.GraphQlApi;
import cn.gov.yongjia.shixiao.schema.client.BusinessesGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.BusinessesProjectionRoot;
import cn.gov.yongjia.shixiao.schema.client.SearchBusinessesGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.SearchBusinessesProjectionRoot;
import cn.gov.yongjia.shixiao.schema.types.Business;
import cn.gov.yongjia.shixiao.schema.types.BusinessConnection;
import cn.gov.yongjia.shixiao.schema.types.BusinessSearchConnection;
import org.springframework.stereotype.Service;

/** Business listings for the portal, fetched through the GraphQL API with one request per page view. */
@Service
public class BusinessListing {

    public static final int PAGE_SIZE = 50;

    private final GraphQlApi api;

    BusinessListing(GraphQlApi api) {
        this.api = api;
    }

    /** The first page of the register, in registration order. */
    public Page firstPage() {
        var root = new BusinessesProjectionRoot<>();
        root.totalCount();
        var node = root.edges().node();
        node.id().name().demo();
        node.trade();
        BusinessConnection connection = api.query(BusinessesGraphQLQuery.newRequest().first(PAGE_SIZE).build(), root,
                BusinessConnection.class);
        return new Page(connection.getEdges().stream().map(e -> summary(e.getNode())).toList(), connection.getTotalCount());
    }

    /** Businesses matching the text, best first. */
    public Page search(String text) {
        var root = new SearchBusinessesProjectionRoot<>();
        root.totalCount();
        var node = root.edges().node();
        node.id().name().demo();
        node.trade();
        BusinessSearchConnection connection = api.query(
                SearchBusinessesGraphQLQuery.newRequest().query(text).first(PAGE_SIZE).build(), root,
                BusinessSearchConnection.class);
        return new Page(connection.getEdges().stream().map(e -> summary(e.getNode())).toList(), connection.getTotalCount());
    }

    private static BusinessSummary summary(Business business) {
        return new BusinessSummary(business.getId(), business.getName(), business.getTrade(),
                Boolean.TRUE.equals(business.getDemo()));
    }

    public record Page(List<BusinessSummary> businesses, int totalCount) {
    }
}
