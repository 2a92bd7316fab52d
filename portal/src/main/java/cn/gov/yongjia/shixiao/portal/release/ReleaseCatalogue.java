package cn.gov.yongjia.shixiao.portal.release;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.yongjia.shixiao.portal.api.GraphQlApi;
import cn.gov.yongjia.shixiao.schema.client.ReleaseCategoriesGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.ReleaseCategoriesProjectionRoot;
import cn.gov.yongjia.shixiao.schema.client.ReleaseGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.ReleaseIssuersGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.ReleaseIssuersProjectionRoot;
import cn.gov.yongjia.shixiao.schema.client.ReleaseProjection;
import cn.gov.yongjia.shixiao.schema.client.ReleaseProjectionRoot;
import cn.gov.yongjia.shixiao.schema.client.ReleasesGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.ReleasesProjectionRoot;
import cn.gov.yongjia.shixiao.schema.client.SearchReleasesGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.SearchReleasesProjectionRoot;
import cn.gov.yongjia.shixiao.schema.types.Release;
import cn.gov.yongjia.shixiao.schema.types.ReleaseCategory;
import cn.gov.yongjia.shixiao.schema.types.ReleaseConnection;
import cn.gov.yongjia.shixiao.schema.types.ReleaseFilter;
import cn.gov.yongjia.shixiao.schema.types.ReleaseIssuer;
import cn.gov.yongjia.shixiao.schema.types.ReleaseSearchConnection;
import cn.gov.yongjia.shixiao.schema.types.ReleaseSearchFilter;
import org.springframework.stereotype.Service;

/**
 * What the release pages read, each page view in ONE GraphQL request: a page of the list (or of a full-text search
 * when there is text) with the categories and issuing bodies for its filters, and one release with everything its
 * page shows.
 */
@Service
public class ReleaseCatalogue {

    /** Releases per page of the list. */
    static final int PAGE_SIZE = 20;

    private final GraphQlApi api;

    ReleaseCatalogue(GraphQlApi api) {
        this.api = api;
    }

    /** One page of the list or search, with the filters' choices. */
    public Page page(ReleaseListRequest request) {
        Map<String, GraphQlApi.Part> parts = new LinkedHashMap<>();
        if (request.searching()) {
            var root = new SearchReleasesProjectionRoot<>();
            var edge = root.edges();
            edge.cursor().highlightedTitle();
            row(edge.node());
            root.pageInfo().hasNextPage().endCursor();
            root.totalCount();
            var filter = ReleaseSearchFilter.newBuilder().language(request.language())
                    .categories(request.category() == null ? null : List.of(request.category()))
                    .issuers(request.issuer() == null ? null : List.of(request.issuer())).build();
            parts.put("searchReleases", new GraphQlApi.Part(SearchReleasesGraphQLQuery.newRequest().query(request.text())
                    .filter(filter).first(PAGE_SIZE).after(request.after()).build(), root));
        } else {
            var root = new ReleasesProjectionRoot<>();
            var edge = root.edges();
            edge.cursor();
            row(edge.node());
            root.pageInfo().hasNextPage().endCursor();
            root.totalCount();
            var filter = ReleaseFilter.newBuilder().language(request.language())
                    .categories(request.category() == null ? null : List.of(request.category()))
                    .issuers(request.issuer() == null ? null : List.of(request.issuer()))
                    .publishedFrom(request.from()).publishedUntil(request.until()).build();
            parts.put("releases", new GraphQlApi.Part(ReleasesGraphQLQuery.newRequest().filter(filter)
                    .first(PAGE_SIZE).after(request.after()).build(), root));
        }
        var categories = new ReleaseCategoriesProjectionRoot<>();
        categories.code().name().nameEn();
        parts.put("releaseCategories", new GraphQlApi.Part(ReleaseCategoriesGraphQLQuery.newRequest().build(), categories));
        var issuers = new ReleaseIssuersProjectionRoot<>();
        issuers.code().indexCode().name().nameEn();
        parts.put("releaseIssuers", new GraphQlApi.Part(ReleaseIssuersGraphQLQuery.newRequest().build(), issuers));

        GraphQlApi.Answer answer = api.queryAll(parts);
        List<Row> rows;
        int total;
        String next;
        if (request.searching()) {
            ReleaseSearchConnection page = answer.get("searchReleases", ReleaseSearchConnection.class);
            rows = page.getEdges().stream().map(e -> new Row(e.getNode(), e.getHighlightedTitle())).toList();
            total = page.getTotalCount();
            next = Boolean.TRUE.equals(page.getPageInfo().getHasNextPage()) ? page.getPageInfo().getEndCursor() : null;
        } else {
            ReleaseConnection page = answer.get("releases", ReleaseConnection.class);
            rows = page.getEdges().stream().map(e -> new Row(e.getNode(), null)).toList();
            total = page.getTotalCount();
            next = Boolean.TRUE.equals(page.getPageInfo().getHasNextPage()) ? page.getPageInfo().getEndCursor() : null;
        }
        return new Page(rows, total, next, answer.list("releaseCategories", ReleaseCategory.class),
                answer.list("releaseIssuers", ReleaseIssuer.class));
    }

    /** A release with everything its page shows, or empty when there is none (or the ID is not one of ours). */
    public Optional<Release> byId(String id) {
        return one(ReleaseGraphQLQuery.newRequest().id(id).build());
    }

    /** The release with this index number (索引号), or empty. */
    public Optional<Release> byIndexNumber(String indexNumber) {
        return one(ReleaseGraphQLQuery.newRequest().indexNumber(indexNumber).build());
    }

    private Optional<Release> one(ReleaseGraphQLQuery query) {
        var root = new ReleaseProjectionRoot<>();
        root.id().indexNumber().permalink().documentNumber().title().summary().bodyHtml().keywords().writtenOn()
                .publishedAt().effectiveOn().repealedOn().revisedAt().demo();
        root.issuer().code().indexCode().name().nameEn();
        root.category().code().name().nameEn();
        root.language();
        root.state();
        root.translation().id().title().language();
        root.withdrawal().withdrawnAt().reason();
        var change = root.changes();
        change.kind();
        change.note().changedAt();
        root.businesses().id().name().shopSignName();
        root.attachments().id().fileName().contentType().size().url();
        Release release = api.queryAll(Map.of("release", new GraphQlApi.Part(query, root))).getOrNull("release", Release.class);
        return Optional.ofNullable(release);
    }

    /** The fields a row of a release list shows (also used by the home and business pages). */
    public static void row(ReleaseProjection<?, ?> node) {
        node.id().indexNumber().title().documentNumber().publishedAt();
        node.issuer().code().name().nameEn();
        node.category().code().name().nameEn();
        node.language();
        node.state();
    }

    /** A release in a list, with its title's matched characters marked when it was found by a search. */
    public record Row(Release release, String highlightedTitle) {
    }

    /** A page of the list with its total, the cursor of the next page (null on the last) and the filters' choices. */
    public record Page(List<Row> rows, int totalCount, String nextCursor, List<ReleaseCategory> categories,
                       List<ReleaseIssuer> issuers) {
    }
}
