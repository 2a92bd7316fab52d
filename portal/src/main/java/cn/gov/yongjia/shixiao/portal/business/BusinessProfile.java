package cn.gov.yongjia.shixiao.portal.business;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import cn.gov.yongjia.shixiao.portal.api.GraphQlApi;
import cn.gov.yongjia.shixiao.portal.release.ReleaseCatalogue;
import cn.gov.yongjia.shixiao.schema.client.BusinessGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.BusinessProjectionRoot;
import cn.gov.yongjia.shixiao.schema.client.InspectionsGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.InspectionsProjectionRoot;
import cn.gov.yongjia.shixiao.schema.client.RatingSchemeGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.RatingSchemeProjectionRoot;
import cn.gov.yongjia.shixiao.schema.types.Business;
import cn.gov.yongjia.shixiao.schema.types.InspectionConnection;
import cn.gov.yongjia.shixiao.schema.types.InspectionFilter;
import cn.gov.yongjia.shixiao.schema.types.RatingScheme;
import org.springframework.stereotype.Service;

/**
 * A business's public record for its page, in ONE GraphQL request: the register entry, the rating with the
 * inspection it rests on, the first page of the inspection history with violations (later pages, one request each,
 * when the reader asks for more), permits, status history, the approved owner
 * reply, penalties under publication, the news releases concerning it, and the legend to explain the grade.
 */
@Service
public class BusinessProfile {

    /** How many inspections the page lists at first and adds with each "show more", newest first. */
    public static final int HISTORY_PAGE = 10;

    /** How many of the releases concerning the business the page lists, newest first. */
    static final int RELEASES = 10;

    private final GraphQlApi api;

    BusinessProfile(GraphQlApi api) {
        this.api = api;
    }

    /**
     * The record with the first page of its inspection history, or empty when there is no such business (or the ID
     * is not one of ours).
     */
    public Optional<Record> byId(String id) {
        return load(id);
    }

    /** The next page of the business's inspection history, after the cursor the previous page ended with. */
    public InspectionConnection inspections(String businessId, String after) {
        return api.query(history(businessId, after), historyProjection(), InspectionConnection.class);
    }

    /** The business with this credit code, with only its ID and name (to redirect to its permanent page). */
    public Optional<Business> idByCreditCode(String creditCode) {
        var root = new BusinessProjectionRoot<>();
        root.id().name();
        Business business = api.queryAll(Map.of("business", new GraphQlApi.Part(
                BusinessGraphQLQuery.newRequest().creditCode(creditCode).build(), root))).getOrNull("business", Business.class);
        return Optional.ofNullable(business);
    }

    /** Just what the badge shows: names and the current rating. */
    public Optional<Business> forBadge(String id) {
        var root = new BusinessProjectionRoot<>();
        root.id().name().shopSignName();
        root.status();
        var rating = root.rating();
        rating.grade();
        rating.face();
        rating.pendingReason();
        rating.ratedOn().validUntil().stale().pending();
        return Optional.ofNullable(api.queryAll(Map.of("business", new GraphQlApi.Part(
                BusinessGraphQLQuery.newRequest().id(id).build(), root))).getOrNull("business", Business.class));
    }

    private Optional<Record> load(String id) {
        var root = new BusinessProjectionRoot<>();
        root.id().name().shopSignName().creditCode().registrationNumber().address().privateResidence()
                .statusSince().demo();
        root.trade();
        root.status();
        root.township().code().name().nameEn();
        var statusHistory = root.statusHistory();
        statusHistory.status();
        statusHistory.effectiveOn().reason();

        var rating = root.rating();
        rating.grade();
        rating.face();
        rating.pendingReason();
        rating.score().ratedOn().validUntil().stale().pending();
        var basedOn = rating.basedOn();
        basedOn.inspectedOn().hygieneScore().facilitiesScore().managementScore().totalScore();
        basedOn.ownerDuties().purchaseAcceptance().ledger().certificatesAndInvoices().qualityCommitment();

        var permit = root.permits();
        permit.number().issuedOn().expiresOn().issuingBody().valid();
        permit.type();
        root.ownerReply().text().submittedAt().moderatedAt();
        root.enforcementActions().decisionNumber().violationType().penalty().amountYuan().decidingBody().decidedOn()
                .publishedOn().publicationEndsOn();
        ReleaseCatalogue.row(root.releases(RELEASES));

        Map<String, GraphQlApi.Part> parts = new LinkedHashMap<>();
        parts.put("business", new GraphQlApi.Part(BusinessGraphQLQuery.newRequest().id(id).build(), root));
        // the history as a connection (a total and a cursor for "show more"), in the same request
        parts.put("history", new GraphQlApi.Part(history(id, null), historyProjection()));
        var scheme = new RatingSchemeProjectionRoot<>();
        scheme.validityMonths().staleAfterMonths().explanation().explanationEn();
        var bands = scheme.bands();
        bands.grade();
        bands.face();
        bands.minScore().label().labelEn();
        parts.put("ratingScheme", new GraphQlApi.Part(RatingSchemeGraphQLQuery.newRequest().build(), scheme));
        GraphQlApi.Answer answer = api.queryAll(parts);
        Business business = answer.getOrNull("business", Business.class);
        if (business == null) {
            return Optional.empty();
        }
        return Optional.of(new Record(business, answer.get("history", InspectionConnection.class),
                answer.get("ratingScheme", RatingScheme.class)));
    }

    private static InspectionsGraphQLQuery history(String businessId, String after) {
        var query = InspectionsGraphQLQuery.newRequest()
                .filter(InspectionFilter.newBuilder().businessId(businessId).build()).first(HISTORY_PAGE);
        if (after != null) {
            query.after(after);
        }
        return query.build();
    }

    private static InspectionsProjectionRoot<?, ?> historyProjection() {
        var root = new InspectionsProjectionRoot<>();
        root.totalCount();
        root.pageInfo().hasNextPage().endCursor();
        var inspection = root.edges().node();
        inspection.id().inspectedOn().hygieneScore().facilitiesScore().managementScore().totalScore().followUpDue()
                .publicSummary().publishedOn();
        inspection.kind();
        inspection.outcome();
        inspection.publicationStatus();
        inspection.department().code().name().nameEn();
        inspection.township().code().name().nameEn();
        inspection.ownerDuties().purchaseAcceptance().ledger().certificatesAndInvoices().qualityCommitment();
        var violation = inspection.violations();
        violation.code().description().descriptionEn().points().deadline().closedOn();
        violation.area();
        violation.severity();
        violation.correction();
        var appeal = inspection.appeal();
        appeal.reason().filedAt().decidedAt().granted().decision();
        return root;
    }

    /**
     * The business with the first page of its inspection history (newest first) and the legend of the scheme that
     * rates it.
     */
    public record Record(Business business, InspectionConnection history, RatingScheme scheme) {
    }
}
