package cn.gov.yongjia.shixiao.portal.staff;

import java.time.OffsetDateTime;
import java.util.List;

import cn.gov.yongjia.shixiao.portal.api.GraphQlApi;
import cn.gov.yongjia.shixiao.schema.client.CancelReleaseScheduleGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.CreateReleaseGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.CreateReleaseProjectionRoot;
import cn.gov.yongjia.shixiao.schema.client.PublishReleaseGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.ReleaseCategoriesGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.ReleaseCategoriesProjectionRoot;
import cn.gov.yongjia.shixiao.schema.client.ReleaseGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.ReleaseIssuersGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.ReleaseIssuersProjectionRoot;
import cn.gov.yongjia.shixiao.schema.client.ReleasePreviewGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.ReleaseProjection;
import cn.gov.yongjia.shixiao.schema.client.ReleaseProjectionRoot;
import cn.gov.yongjia.shixiao.schema.client.ReleasesGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.ReleasesProjectionRoot;
import cn.gov.yongjia.shixiao.schema.client.ScheduleReleaseGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.SearchBusinessesGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.SearchBusinessesProjectionRoot;
import cn.gov.yongjia.shixiao.schema.client.UpdateReleaseGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.ViewerGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.ViewerProjectionRoot;
import cn.gov.yongjia.shixiao.schema.client.WithdrawReleaseGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.types.Business;
import cn.gov.yongjia.shixiao.schema.types.BusinessSearchConnection;
import cn.gov.yongjia.shixiao.schema.types.BusinessSearchEdge;
import cn.gov.yongjia.shixiao.schema.types.CreateReleaseInput;
import cn.gov.yongjia.shixiao.schema.types.Release;
import cn.gov.yongjia.shixiao.schema.types.ReleaseCategory;
import cn.gov.yongjia.shixiao.schema.types.ReleaseConnection;
import cn.gov.yongjia.shixiao.schema.types.ReleaseEdge;
import cn.gov.yongjia.shixiao.schema.types.ReleaseFilter;
import cn.gov.yongjia.shixiao.schema.types.ReleaseIssuer;
import cn.gov.yongjia.shixiao.schema.types.ReleasePayload;
import cn.gov.yongjia.shixiao.schema.types.ReleaseState;
import cn.gov.yongjia.shixiao.schema.types.UpdateReleaseInput;
import cn.gov.yongjia.shixiao.schema.types.Viewer;
import com.netflix.graphql.dgs.client.codegen.BaseProjectionNode;
import com.netflix.graphql.dgs.client.codegen.GraphQLQuery;
import org.springframework.stereotype.Service;

/**
 * The staff area's releases: every call goes to the GraphQL API with the signed-in staff member's bearer token, so
 * the API decides who may do what (rights, scope, the four-eyes rule). A refusal arrives as the payload's
 * {@code userErrors} or as an {@code ApiUnavailableException} with the error's code (e.g. FORBIDDEN).
 */
@Service
public class StaffReleases {

    private final GraphQlApi api;

    StaffReleases(GraphQlApi api) {
        this.api = api;
    }

    /**
     * The signed-in account and its rights on releases, so the views show only the actions it has; null when the
     * API no longer knows the token's account.
     */
    public Viewer viewer(String token) {
        var root = new ViewerProjectionRoot<>();
        root.username().displayName();
        root.roles();
        root.releaseRights();
        return send(token, new ViewerGraphQLQuery(), root, Viewer.class);
    }

    /** The newest releases in one state. */
    public List<Release> inState(String token, ReleaseState state) {
        var root = new ReleasesProjectionRoot<>();
        var node = root.edges().node();
        node.id().indexNumber().title().publishedAt().scheduledFor().revisedAt().author().publisher();
        node.state();
        ReleaseConnection connection = send(token, ReleasesGraphQLQuery.newRequest()
                .filter(ReleaseFilter.newBuilder().states(List.of(state)).build()).first(50).build(), root,
                ReleaseConnection.class);
        return connection.getEdges().stream().map(ReleaseEdge::getNode).toList();
    }

    /** One release with everything the editor shows; null when there is none. */
    public Release release(String token, String id) {
        return send(token, ReleaseGraphQLQuery.newRequest().id(id).build(), editorProjection(new ReleaseProjectionRoot<>()),
                Release.class);
    }

    public String preview(String token, String markdown) {
        return send(token, ReleasePreviewGraphQLQuery.newRequest().markdown(markdown).build(), null, String.class);
    }

    public List<ReleaseCategory> categories(String token) {
        var root = new ReleaseCategoriesProjectionRoot<>();
        root.code().name().nameEn();
        return List.of(send(token, ReleaseCategoriesGraphQLQuery.newRequest().build(), root, ReleaseCategory[].class));
    }

    public List<ReleaseIssuer> issuers(String token) {
        var root = new ReleaseIssuersProjectionRoot<>();
        root.code().indexCode().name().nameEn();
        return List.of(send(token, ReleaseIssuersGraphQLQuery.newRequest().build(), root, ReleaseIssuer[].class));
    }

    /** Businesses to link, found by name as the public search finds them. */
    public List<Business> businesses(String token, String query) {
        var root = new SearchBusinessesProjectionRoot<>();
        root.edges().node().id().name().address();
        BusinessSearchConnection found = send(token, SearchBusinessesGraphQLQuery.newRequest().query(query).first(10)
                .build(), root, BusinessSearchConnection.class);
        return found.getEdges().stream().map(BusinessSearchEdge::getNode).toList();
    }

    public ReleasePayload create(String token, CreateReleaseInput input) {
        return send(token, CreateReleaseGraphQLQuery.newRequest().input(input).build(), payload(), ReleasePayload.class);
    }

    public ReleasePayload update(String token, UpdateReleaseInput input) {
        return send(token, UpdateReleaseGraphQLQuery.newRequest().input(input).build(), payload(), ReleasePayload.class);
    }

    public ReleasePayload publish(String token, String id) {
        return send(token, PublishReleaseGraphQLQuery.newRequest().id(id).build(), payload(), ReleasePayload.class);
    }

    public ReleasePayload schedule(String token, String id, OffsetDateTime at) {
        return send(token, ScheduleReleaseGraphQLQuery.newRequest().id(id).publishAt(at).build(), payload(),
                ReleasePayload.class);
    }

    /** Takes a scheduled release back to draft. */
    public ReleasePayload cancelSchedule(String token, String id) {
        return send(token, CancelReleaseScheduleGraphQLQuery.newRequest().id(id).build(), payload(), ReleasePayload.class);
    }

    public ReleasePayload withdraw(String token, String id, String reason) {
        return send(token, WithdrawReleaseGraphQLQuery.newRequest().id(id).reason(reason).build(), payload(),
                ReleasePayload.class);
    }

    private <T> T send(String token, GraphQLQuery query, BaseProjectionNode projection, Class<T> type) {
        return api.sendAsStaff(token, query, projection, type);
    }

    private static BaseProjectionNode payload() {
        var root = new CreateReleaseProjectionRoot<>(); // every release mutation answers a ReleasePayload
        var errors = root.userErrors();
        errors.field().message();
        errors.code();
        editorProjection(root.release());
        return root;
    }

    /** The same fields as {@link #editorProjection(ReleaseProjectionRoot)}, under a mutation's payload. */
    private static void editorProjection(ReleaseProjection<?, ?> node) {
        node.id().indexNumber().permalink().documentNumber().title().summary().bodyMarkdown().bodyHtml().keywords()
                .writtenOn().publishedAt().effectiveOn().repealedOn().scheduledFor().revisedAt().author().publisher();
        node.issuer().code().name().nameEn();
        node.category().code().name().nameEn();
        node.language();
        node.state();
        node.withdrawal().withdrawnAt().reason();
        node.businesses().id().name();
        node.attachments().id().fileName().contentType().size().url();
        var translation = node.translation();
        translation.id().title().indexNumber();
        translation.language();
    }

    private static ReleaseProjectionRoot<?, ?> editorProjection(ReleaseProjectionRoot<?, ?> node) {
        node.id().indexNumber().permalink().documentNumber().title().summary().bodyMarkdown().bodyHtml().keywords()
                .writtenOn().publishedAt().effectiveOn().repealedOn().scheduledFor().revisedAt().author().publisher();
        node.issuer().code().name().nameEn();
        node.category().code().name().nameEn();
        node.language();
        node.state();
        node.withdrawal().withdrawnAt().reason();
        node.businesses().id().name();
        node.attachments().id().fileName().contentType().size().url();
        var translation = node.translation();
        translation.id().title().indexNumber();
        translation.language();
        return node;
    }
}
