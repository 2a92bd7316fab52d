package cn.gov.yongjia.shixiao.graphqlapi.supervision;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.gov.yongjia.shixiao.graphqlapi.business.Business;
import cn.gov.yongjia.shixiao.graphqlapi.inspection.Inspection;
import cn.gov.yongjia.shixiao.graphqlapi.inspection.InspectionRecords;
import cn.gov.yongjia.shixiao.schema.types.BusinessStatus;
import cn.gov.yongjia.shixiao.schema.types.RiskClass;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The inspection plan and, per business, its planned frequency and next due date. */
@Controller
class SupervisionController {

    private static final ZoneId COUNTY_TIME = ZoneId.of("Asia/Shanghai");

    record RiskClassPlan(RiskClass riskClass, int inspectionsPerYear, int intervalMonths) {
    }

    record Plan(List<RiskClassPlan> riskClasses, int firstInspectionWithinDays) {
    }

    private final InspectionPlan plan;
    private final InspectionRecords inspections;

    SupervisionController(InspectionPlan plan, InspectionRecords inspections) {
        this.plan = plan;
        this.inspections = inspections;
    }

    @QueryMapping
    Plan inspectionPlan() {
        return new Plan(Arrays.stream(RiskClass.values())
                .map(c -> new RiskClassPlan(c, plan.inspectionsPerYear(c), plan.intervalMonths(c))).toList(),
                plan.firstInspectionWithinDays());
    }

    @SchemaMapping(typeName = Business.TYPE)
    Integer plannedInspectionsPerYear(Business business) {
        return business.riskClass() == null ? null : plan.inspectionsPerYear(business.riskClass());
    }

    /**
     * The newest public inspection of every assessed business of the page, in one query (no N+1). A closed business
     * is due no inspection. An inspection under appeal still counts: the visit took place, whatever the appeal decides
     * about its findings.
     */
    @BatchMapping(typeName = Business.TYPE)
    Map<Business, LocalDate> nextInspectionDue(List<Business> businesses) {
        List<Business> planned = businesses.stream()
                .filter(b -> b.riskClass() != null && b.status() != BusinessStatus.CLOSED).toList();
        List<Long> assessed = planned.stream().map(Business::key).toList();
        Map<Long, List<Inspection>> newest = assessed.isEmpty() ? Map.of() : inspections.newestOf(assessed, 1, false);
        Map<Business, LocalDate> due = new java.util.HashMap<>();
        for (Business b : planned) { // a batch mapping leaves a missing key as null
            List<Inspection> last = newest.getOrDefault(b.key(), List.of());
            due.put(b, plan.nextDue(b.riskClass(), last.isEmpty() ? null : last.getFirst().inspectedOn(),
                    b.createdAt().atZoneSameInstant(COUNTY_TIME).toLocalDate()));
        }
        return due;
    }
}
