package cn.gov.yongjia.shixiao.graphqlapi.rating;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.yongjia.shixiao.graphqlapi.business.Business;
import cn.gov.yongjia.shixiao.graphqlapi.inspection.Inspection;
import cn.gov.yongjia.shixiao.graphqlapi.inspection.InspectionRecords;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Ratings of a page of businesses come from one query for all their public inspections (no N+1). */
@Controller
class RatingController {

    private static final ZoneId COUNTY_TIME = ZoneId.of("Asia/Shanghai");

    record Scheme(List<RatingProperties.Band> bands, int validityMonths, int staleAfterMonths, String explanation,
                  String explanationEn) {
    }

    private final RatingPolicy policy;
    private final InspectionRecords inspections;

    RatingController(RatingPolicy policy, InspectionRecords inspections) {
        this.policy = policy;
        this.inspections = inspections;
    }

    @QueryMapping
    Scheme ratingScheme() {
        RatingProperties scheme = policy.scheme();
        return new Scheme(scheme.bands(), scheme.validityMonths(), scheme.staleAfterMonths(),
                "评级依据最近一次公开检查的总分（百分制）：" + bands(scheme, false) + "，低于最低分须整改。评级有效期 "
                        + scheme.validityMonths() + " 个月；超过 " + scheme.staleAfterMonths()
                        + " 个月未检查的评级标为过期。新登记、申诉中、停业或关闭的经营主体暂不评级。",
                "A rating rests on the total score (out of 100) of the newest published inspection: " + bands(scheme, true)
                        + "; below the lowest band the business must rectify. A rating is valid for "
                        + scheme.validityMonths() + " months and flagged stale after " + scheme.staleAfterMonths()
                        + " months without an inspection. New, appealed, suspended and closed businesses are not rated.");
    }

    private static String bands(RatingProperties scheme, boolean english) {
        return scheme.bands().stream()
                .map(b -> b.grade() + (english ? " (" + b.labelEn() + ") from " + b.minScore()
                        : "（" + b.label() + "）" + b.minScore() + " 分以上"))
                .collect(Collectors.joining(english ? ", " : "，"));
    }

    @BatchMapping(typeName = Business.TYPE)
    Map<Business, Rating> rating(List<Business> businesses) {
        Map<Long, List<Inspection>> byBusiness = inspections.publicOf(keys(businesses));
        LocalDate today = LocalDate.now(COUNTY_TIME);
        return businesses.stream().collect(Collectors.toMap(Function.identity(), b -> policy.current(b.status(),
                scored(byBusiness.getOrDefault(b.key(), List.of())), today), (a, b) -> a));
    }

    @BatchMapping(typeName = Business.TYPE)
    Map<Business, List<Rating>> ratingHistory(List<Business> businesses) {
        Map<Long, List<Inspection>> byBusiness = inspections.publicOf(keys(businesses));
        LocalDate today = LocalDate.now(COUNTY_TIME);
        return businesses.stream().collect(Collectors.toMap(Function.identity(),
                b -> scored(byBusiness.getOrDefault(b.key(), List.of())).stream()
                        .filter(s -> s.status() == cn.gov.yongjia.shixiao.schema.types.PublicationStatus.PUBLISHED)
                        .map(s -> policy.rate(s, today)).toList(), (a, b) -> a));
    }

    /** The inspection a page of ratings rests on, in one query. */
    @BatchMapping(typeName = "Rating")
    Map<Rating, Inspection> basedOn(List<Rating> ratings) {
        Map<Long, Inspection> byKey = inspections.findAll(ratings.stream().map(Rating::basedOnInspectionKey)
                        .filter(java.util.Objects::nonNull).distinct().toList())
                .stream().collect(Collectors.toMap(Inspection::key, Function.identity()));
        Map<Rating, Inspection> result = new java.util.HashMap<>();
        ratings.forEach(r -> result.put(r, r.basedOnInspectionKey() == null ? null : byKey.get(r.basedOnInspectionKey())));
        return result;
    }

    private static List<Long> keys(List<Business> businesses) {
        return businesses.stream().map(Business::key).toList();
    }

    private static List<RatingPolicy.Scored> scored(List<Inspection> inspections) {
        return inspections.stream()
                .map(i -> new RatingPolicy.Scored(i.key(), i.inspectedOn(), i.totalScore(), i.publicationStatus()))
                .toList();
    }
}
