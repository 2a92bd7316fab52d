package cn.gov.yongjia.shixiao.graphqlapi.supervision;

import java.util.EnumMap;
import java.util.Map;

import cn.gov.yongjia.shixiao.schema.types.RiskClass;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The inspection plan, configurable by the county (风险分级管理): how many inspections a year each risk class gets,
 * and within how many days of registration a business never inspected is due its first one. The defaults follow the
 * usual reading of the food-business risk grading rules: A at least once a year, B twice, C three times, D four.
 */
@ConfigurationProperties("yongjia.inspection-plan")
record InspectionPlanProperties(Map<RiskClass, Integer> inspectionsPerYear,
                                @DefaultValue("30") int firstInspectionWithinDays) {

    InspectionPlanProperties {
        Map<RiskClass, Integer> plan = new EnumMap<>(Map.of(RiskClass.A, 1, RiskClass.B, 2, RiskClass.C, 3, RiskClass.D, 4));
        if (inspectionsPerYear != null) {
            plan.putAll(inspectionsPerYear);
        }
        if (plan.values().stream().anyMatch(n -> n == null || n < 1 || n > 12)) {
            throw new IllegalArgumentException("yongjia.inspection-plan.inspections-per-year: 1 to 12 for each risk class");
        }
        if (firstInspectionWithinDays < 1) {
            throw new IllegalArgumentException("yongjia.inspection-plan.first-inspection-within-days must be positive");
        }
        inspectionsPerYear = java.util.Collections.unmodifiableMap(plan);
    }
}
