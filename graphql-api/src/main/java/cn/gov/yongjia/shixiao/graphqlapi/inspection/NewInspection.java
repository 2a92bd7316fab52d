package cn.gov.yongjia.shixiao.graphqlapi.inspection;

import java.time.LocalDate;
import java.util.List;

import cn.gov.yongjia.shixiao.schema.types.Correction;
import cn.gov.yongjia.shixiao.schema.types.InspectionKind;
import cn.gov.yongjia.shixiao.schema.types.InspectionOutcome;

/** An inspection to record, as staff (or the demo generator) give it. */
public record NewInspection(long businessKey, LocalDate inspectedOn, InspectionKind kind, String departmentCode,
                            String townshipCode, List<String> inspectors, int hygieneScore, int facilitiesScore,
                            int managementScore, Inspection.OwnerDuties ownerDuties, InspectionOutcome outcome,
                            LocalDate followUpDue, String publicSummary, List<Finding> findings) {

    /** A problem found: a code of the current list, how it is corrected, a note. */
    public record Finding(String code, String codeListVersion, String note, Correction correction, LocalDate deadline) {
    }
}
