package cn.gov.yongjia.shixiao.graphqlapi.search;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import cn.gov.yongjia.shixiao.graphqlapi.business.Business;
import cn.gov.yongjia.shixiao.graphqlapi.inspection.Inspection;
import cn.gov.yongjia.shixiao.graphqlapi.inspection.InspectionRecords;
import cn.gov.yongjia.shixiao.graphqlapi.rating.Rating;
import cn.gov.yongjia.shixiao.graphqlapi.rating.RatingPolicy;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessDocument;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessFacts;
import cn.gov.yongjia.shixiao.searchindex.business.LatLon;
import org.springframework.stereotype.Component;

/**
 * Turns businesses of the register into search documents: their record, and their current rating as the rating
 * policy computes it from their public inspections (one query for all the businesses given, as the API's rating
 * field does).
 */
@Component
class BusinessDocuments {

    private static final ZoneId COUNTY_TIME = ZoneId.of("Asia/Shanghai");

    private final RatingPolicy policy;
    private final InspectionRecords inspections;

    BusinessDocuments(RatingPolicy policy, InspectionRecords inspections) {
        this.policy = policy;
        this.inspections = inspections;
    }

    List<BusinessDocument> of(List<Business> businesses) {
        Map<Long, List<Inspection>> byBusiness = inspections.publicOf(businesses.stream().map(Business::key).toList());
        LocalDate today = LocalDate.now(COUNTY_TIME);
        return businesses.stream()
                .map(b -> of(b, byBusiness.getOrDefault(b.key(), List.of()), today))
                .toList();
    }

    private BusinessDocument of(Business business, List<Inspection> publicInspections, LocalDate today) {
        Rating rating = policy.current(business.status(), publicInspections.stream()
                .map(i -> new RatingPolicy.Scored(i.key(), i.inspectedOn(), i.totalScore(), i.publicationStatus()))
                .toList(), today);
        LatLon location = business.location() == null ? null
                : new LatLon(business.location().lat(), business.location().lon());
        return BusinessDocument.from(new BusinessFacts(business.key(), business.globalId(), business.name(),
                business.shopSignName(), business.address(), business.creditCode(), business.trade().name(),
                business.townshipCode(), business.status().name(), location, business.privateResidence(),
                rating.pending() || rating.grade() == null ? null : rating.grade().name(),
                rating.pending() ? null : rating.score(),
                publicInspections.isEmpty() ? null : publicInspections.getFirst().inspectedOn(),
                business.demo(), business.updatedAt().toInstant(), business.version()));
    }
}
