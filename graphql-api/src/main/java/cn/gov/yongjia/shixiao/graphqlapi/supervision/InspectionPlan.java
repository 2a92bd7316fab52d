package cn.gov.yongjia.shixiao.graphqlapi.supervision;

import java.time.LocalDate;

import cn.gov.yongjia.shixiao.schema.types.RiskClass;
import org.springframework.stereotype.Component;

/**
 * Derives the planned inspection frequency and the next due date from a business's risk class: the newest public
 * inspection plus the planned interval (12 months ÷ inspections a year), or, for a business never inspected, its
 * registration date plus the first-inspection period. A business whose risk class is not assessed has no plan.
 */
@Component
public class InspectionPlan {

    private final InspectionPlanProperties properties;

    InspectionPlan(InspectionPlanProperties properties) {
        this.properties = properties;
    }

    public int inspectionsPerYear(RiskClass riskClass) {
        return properties.inspectionsPerYear().get(riskClass);
    }

    public int intervalMonths(RiskClass riskClass) {
        return 12 / inspectionsPerYear(riskClass);
    }

    public int firstInspectionWithinDays() {
        return properties.firstInspectionWithinDays();
    }

    /** Null without a risk class. */
    public LocalDate nextDue(RiskClass riskClass, LocalDate lastInspectedOn, LocalDate registeredOn) {
        if (riskClass == null) {
            return null;
        }
        if (lastInspectedOn == null) {
            return registeredOn.plusDays(properties.firstInspectionWithinDays());
        }
        return lastInspectedOn.plusMonths(intervalMonths(riskClass));
    }
}
