package cn.gov.yongjia.shixiao.graphqlapi.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import cn.gov.yongjia.shixiao.graphqlapi.inspection.Inspection;
import cn.gov.yongjia.shixiao.graphqlapi.inspection.NewInspection;
import cn.gov.yongjia.shixiao.schema.types.Correction;
import cn.gov.yongjia.shixiao.schema.types.InspectionKind;
import cn.gov.yongjia.shixiao.schema.types.InspectionOutcome;
import cn.gov.yongjia.shixiao.schema.types.Trade;

/** Three years of made-up inspections for a demo business: most shops do well, some must rectify. */
final class DemoInspections {

    private static final List<String> INSPECTORS = List.of("张明", "李华", "王芳", "陈刚", "林静", "黄伟");
    private static final InspectionKind[] KINDS = {InspectionKind.ROUTINE_PATROL, InspectionKind.ROUTINE_PATROL,
            InspectionKind.SPOT_CHECK, InspectionKind.UNANNOUNCED, InspectionKind.SUPERVISION_ROUND,
            InspectionKind.JOINT_ENFORCEMENT};

    private DemoInspections() {
    }

    static List<NewInspection> forBusiness(long businessKey, Trade trade, String leadDepartment, String codeListVersion,
                                           LocalDate today, RandomGenerator random) {
        int count = random.nextInt(12) == 0 ? 0 : 1 + random.nextInt(4);
        int quality = 55 + random.nextInt(45); // how well this shop is kept, roughly its score
        List<NewInspection> inspections = new ArrayList<>();
        LocalDate date = today.minusDays(30 + random.nextInt(3 * 365 - 30));
        for (int i = 0; i < count && !date.isAfter(today); i++) {
            int total = Math.clamp(quality + random.nextInt(11) - 5, 30, 100);
            int hygiene = Math.clamp(Math.round(total * 0.4f), 0, 40);
            int facilities = Math.clamp(Math.round(total * 0.3f), 0, 30);
            int management = Math.clamp(total - hygiene - facilities, 0, 30);
            boolean poor = total < 75;
            List<NewInspection.Finding> findings = new ArrayList<>();
            if (total < 90) {
                findings.add(new NewInspection.Finding(food(trade) ? "H03" : "H04", codeListVersion, null,
                        Correction.ON_THE_SPOT, null));
            }
            if (poor) {
                findings.add(new NewInspection.Finding(food(trade) ? "M02" : "M04", codeListVersion, "演示数据",
                        Correction.BY_DEADLINE, date.plusDays(15)));
            }
            InspectionOutcome outcome = total < 60 ? InspectionOutcome.RECTIFY_BY_DEADLINE : InspectionOutcome.COMPLIANT;
            InspectionKind kind = KINDS[random.nextInt(KINDS.length)];
            inspections.add(new NewInspection(businessKey, date, kind, leadDepartment,
                    null, List.of(INSPECTORS.get(random.nextInt(INSPECTORS.size())), INSPECTORS.get(random.nextInt(INSPECTORS.size()))),
                    hygiene, facilities, management,
                    new Inspection.OwnerDuties(!poor || random.nextBoolean(), !poor, total >= 65, true),
                    outcome, outcome == InspectionOutcome.RECTIFY_BY_DEADLINE ? date.plusDays(30) : null,
                    poor ? "演示数据：存在问题，限期整改。" : "演示数据：总体良好。", findings,
                    kind == InspectionKind.JOINT_ENFORCEMENT ? jointDepartments(leadDepartment) : List.of()));
            date = date.plusDays(120 + random.nextInt(240));
        }
        return inspections;
    }

    /** A joint enforcement: the lead department with the police, or with market regulation when the police lead. */
    static List<String> jointDepartments(String leadDepartment) {
        return leadDepartment.equals("PUBLIC_SECURITY") ? List.of("MARKET_REGULATION", "CULTURE_TOURISM")
                : List.of("PUBLIC_SECURITY");
    }

    private static boolean food(Trade trade) {
        return trade == Trade.RESTAURANT || trade == Trade.FOOD_SHOP || trade == Trade.FOOD_WORKSHOP;
    }
}
