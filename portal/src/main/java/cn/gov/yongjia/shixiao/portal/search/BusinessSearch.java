package cn.gov.yongjia.shixiao.portal.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.yongjia.shixiao.portal.api.ApiUnavailableException;
import cn.gov.yongjia.shixiao.portal.api.GraphQlApi;
import cn.gov.yongjia.shixiao.portal.release.ReleaseCatalogue;
import cn.gov.yongjia.shixiao.schema.client.ReleasesGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.ReleasesProjectionRoot;
import cn.gov.yongjia.shixiao.schema.types.Release;
import cn.gov.yongjia.shixiao.schema.types.ReleaseConnection;
import cn.gov.yongjia.shixiao.schema.types.ReleaseEdge;
import cn.gov.yongjia.shixiao.schema.types.ReleaseSort;
import cn.gov.yongjia.shixiao.schema.client.BusinessesGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.BusinessesProjectionRoot;
import cn.gov.yongjia.shixiao.schema.client.InspectionsGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.InspectionsProjectionRoot;
import cn.gov.yongjia.shixiao.schema.client.RatingSchemeGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.RatingSchemeProjectionRoot;
import cn.gov.yongjia.shixiao.schema.client.SearchBusinessesGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.SearchBusinessesProjectionRoot;
import cn.gov.yongjia.shixiao.schema.client.SuggestBusinessNamesGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.SuggestBusinessNamesProjectionRoot;
import cn.gov.yongjia.shixiao.schema.client.TownshipsGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.TownshipsProjectionRoot;
import cn.gov.yongjia.shixiao.schema.client.TradesGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.TradesProjectionRoot;
import cn.gov.yongjia.shixiao.schema.types.BusinessConnection;
import cn.gov.yongjia.shixiao.schema.types.BusinessFilter;
import cn.gov.yongjia.shixiao.schema.types.BusinessSearchConnection;
import cn.gov.yongjia.shixiao.schema.types.BusinessSearchFilter;
import cn.gov.yongjia.shixiao.schema.types.BusinessStatus;
import cn.gov.yongjia.shixiao.schema.types.GeoPointInput;
import cn.gov.yongjia.shixiao.schema.types.InspectionConnection;
import cn.gov.yongjia.shixiao.schema.types.NameSuggestion;
import cn.gov.yongjia.shixiao.schema.types.NearInput;
import cn.gov.yongjia.shixiao.schema.types.RatingGrade;
import cn.gov.yongjia.shixiao.schema.types.RatingScheme;
import cn.gov.yongjia.shixiao.schema.types.Township;
import cn.gov.yongjia.shixiao.schema.types.TradeInfo;
import org.springframework.stereotype.Service;


/**
 * What the residents' pages read, each page view in ONE GraphQL request: the home page (trades, legend, headline
 * figures), a page of search results (with the reference data for the filters on the first page), autocomplete.
 */
@Service
public class BusinessSearch {

    public static final int PAGE_SIZE = 20;

    private final GraphQlApi api;

    BusinessSearch(GraphQlApi api) {
        this.api = api;
    }

    /** How many of the newest releases the home page lists. */
    static final int LATEST_RELEASES = 5;

    /** The home page: the trades for quick filters, the legend, four headline figures and the newest releases. */
    public Home home() {
        Map<String, GraphQlApi.Part> parts = new LinkedHashMap<>();
        parts.put("trades", trades());
        parts.put("ratingScheme", scheme());
        parts.put("registered", count(null));
        parts.put("open", count(filter(List.of(BusinessStatus.OPEN), null)));
        parts.put("ratedA", count(filter(List.of(BusinessStatus.OPEN), RatingGrade.A)));
        var inspections = new InspectionsProjectionRoot<>();
        inspections.totalCount();
        parts.put("inspections", new GraphQlApi.Part(InspectionsGraphQLQuery.newRequest().first(1).build(), inspections));
        var releases = new ReleasesProjectionRoot<>();
        ReleaseCatalogue.row(releases.edges().node());
        parts.put("releases", new GraphQlApi.Part(ReleasesGraphQLQuery.newRequest().sort(ReleaseSort.NEWEST)
                .first(LATEST_RELEASES).build(), releases));
        GraphQlApi.Answer answer = api.queryAll(parts);
        List<Release> latest;
        try {
            latest = answer.get("releases", ReleaseConnection.class).getEdges().stream().map(ReleaseEdge::getNode).toList();
        } catch (ApiUnavailableException e) {
            latest = null; // the releases failing leaves the rest of the home page standing
        }
        return new Home(answer.list("trades", TradeInfo.class), answer.get("ratingScheme", RatingScheme.class),
                answer.get("registered", BusinessConnection.class).getTotalCount(),
                answer.get("open", BusinessConnection.class).getTotalCount(),
                answer.get("ratedA", BusinessConnection.class).getTotalCount(),
                answer.get("inspections", InspectionConnection.class).getTotalCount(), latest);
    }

    /** The home page's data; {@code latestReleases} is null when the API could not give them. */
    public record Home(List<TradeInfo> trades, RatingScheme scheme, int registered, int open, int ratedA,
                       int publishedInspections, List<Release> latestReleases) {
    }

    /**
     * A page of results; with {@code after == null} (the first page) also the total, the facets, and the trades,
     * townships and legend the filters and rows need, in the same request. A later page has neither total nor facets
     * (null): the first page's stand.
     */
    public Results search(SearchRequest request, String after) {
        Map<String, GraphQlApi.Part> parts = new LinkedHashMap<>();
        parts.put("searchBusinesses", results(request, after));
        if (after == null) {
            parts.put("trades", trades());
            var townships = new TownshipsProjectionRoot<>();
            townships.code().name().nameEn();
            parts.put("townships", new GraphQlApi.Part(TownshipsGraphQLQuery.newRequest().build(), townships));
        }
        GraphQlApi.Answer answer = api.queryAll(parts);
        BusinessSearchConnection page = answer.get("searchBusinesses", BusinessSearchConnection.class);
        return after == null
                ? new Results(page, answer.list("trades", TradeInfo.class), answer.list("townships", Township.class))
                : new Results(page, List.of(), List.of());
    }

    public record Results(BusinessSearchConnection page, List<TradeInfo> trades, List<Township> townships) {
    }

    /** Up to eight names starting with the prefix (Chinese, pinyin or initials), nearer ones first with a point. */
    public List<NameSuggestion> suggest(String prefix, SearchRequest.Near near) {
        String text = prefix == null ? "" : prefix.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        if (text.codePointCount(0, text.length()) > 50) {
            text = text.substring(0, text.offsetByCodePoints(0, 50));
        }
        var root = new SuggestBusinessNamesProjectionRoot<>();
        root.text();
        var business = root.business();
        business.id().name().shopSignName();
        business.trade();
        var query = SuggestBusinessNamesGraphQLQuery.newRequest().prefix(text).first(8);
        if (near != null) {
            query.near(GeoPointInput.newBuilder().lat(near.lat()).lon(near.lon()).build());
        }
        return api.queryAll(Map.of("suggestBusinessNames", new GraphQlApi.Part(query.build(), root)))
                .list("suggestBusinessNames", NameSuggestion.class);
    }

    private static GraphQlApi.Part results(SearchRequest request, String after) {
        var root = new SearchBusinessesProjectionRoot<>();
        root.approximate();
        var pageInfo = root.pageInfo();
        pageInfo.hasNextPage().endCursor();
        var edges = root.edges();
        edges.distanceKm().highlightedName().highlightedShopSignName();
        var node = edges.node();
        node.id().name().shopSignName().address().privateResidence().demo();
        node.trade();
        node.status();
        node.township().code().name().nameEn();
        var location = node.location();
        location.lat().lon();
        var rating = node.rating();
        rating.grade();
        rating.face();
        rating.pendingReason();
        rating.ratedOn().stale().pending();
        node.inspections(1).inspectedOn();
        if (after == null) {
            // the summary and the filters show them; later pages only add rows, and the API counts only what is asked
            root.totalCount();
            var facets = root.facets();
            var tradeFacets = facets.trades();
            tradeFacets.value();
            tradeFacets.count();
            facets.townships().value().count();
            var ratingFacets = facets.ratings();
            ratingFacets.value();
            ratingFacets.count();
        }

        var filter = BusinessSearchFilter.newBuilder()
                .statuses(request.includeClosed() ? List.of(BusinessStatus.values()) : List.of(BusinessStatus.OPEN));
        if (request.trade() != null) {
            filter.trades(List.of(request.trade()));
        }
        if (request.township() != null) {
            filter.townships(List.of(request.township()));
        }
        if (request.ratingAtLeast() != null) {
            filter.ratingAtLeast(request.ratingAtLeast());
        }
        var query = SearchBusinessesGraphQLQuery.newRequest().filter(filter.build()).sort(request.sort()).first(PAGE_SIZE);
        if (!request.text().isEmpty()) {
            query.query(request.text());
        }
        if (request.near() != null) {
            query.near(NearInput.newBuilder().lat(request.near().lat()).lon(request.near().lon())
                    .radiusKm(request.near().radiusKm()).build());
        }
        if (after != null) {
            query.after(after);
        }
        return new GraphQlApi.Part(query.build(), root);
    }

    private static GraphQlApi.Part trades() {
        var root = new TradesProjectionRoot<>();
        root.trade();
        root.name().nameEn();
        return new GraphQlApi.Part(TradesGraphQLQuery.newRequest().build(), root);
    }

    static GraphQlApi.Part scheme() {
        var root = new RatingSchemeProjectionRoot<>();
        root.validityMonths().staleAfterMonths().explanation().explanationEn();
        var bands = root.bands();
        bands.grade();
        bands.face();
        bands.minScore().label().labelEn();
        return new GraphQlApi.Part(RatingSchemeGraphQLQuery.newRequest().build(), root);
    }

    private static GraphQlApi.Part count(BusinessFilter filter) {
        var root = new BusinessesProjectionRoot<>();
        root.totalCount();
        var query = BusinessesGraphQLQuery.newRequest().first(1);
        if (filter != null) {
            query.filter(filter);
        }
        return new GraphQlApi.Part(query.build(), root);
    }

    private static BusinessFilter filter(List<BusinessStatus> statuses, RatingGrade ratingAtLeast) {
        var filter = BusinessFilter.newBuilder().statuses(statuses);
        if (ratingAtLeast != null) {
            filter.ratingAtLeast(ratingAtLeast);
        }
        return filter.build();
    }
}
