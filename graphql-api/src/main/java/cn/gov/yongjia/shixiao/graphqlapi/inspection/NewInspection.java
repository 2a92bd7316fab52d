package cn.gov.yongjia.shixiao.graphqlapi.inspection;

import java.time.LocalDate;
import java.util.List;

import cn.gov.yongjia.shixiao.schema.types.Correction;
import cn.gov.yongjia.shixiao.schema.types.InspectionKind;
import cn.gov.yongjia.shixiao.schema.types.InspectionOutcome;

/**
 * An inspection to record, as staff (or the demo generator, or an import) give it: the lead department (or the
 * inspecting township) and, for a joint inspection, the other departments.
 */
public record NewInspection(long businessKey, LocalDate inspectedOn, InspectionKind kind, String departmentCode,
                            String townshipCode, List<String> inspectors, int hygieneScore, int facilitiesScore,
                            int managementScore, Inspection.OwnerDuties ownerDuties, InspectionOutcome outcome,
                            LocalDate followUpDue, String publicSummary, List<Finding> findings,
                            List<String> jointDepartmentCodes) {

    /** A single-department (or township) inspection. */
    public NewInspection(long businessKey, LocalDate inspectedOn, InspectionKind kind, String departmentCode,
                         String townshipCode, List<String> inspectors, int hygieneScore, int facilitiesScore,
                         int managementScore, Inspection.OwnerDuties ownerDuties, InspectionOutcome outcome,
                         LocalDate followUpDue, String publicSummary, List<Finding> findings) {
        this(businessKey, inspectedOn, kind, departmentCode, townshipCode, inspectors, hygieneScore, facilitiesScore,
                managementScore, ownerDuties, outcome, followUpDue, publicSummary, findings, List.of());
    }

    public NewInspection {
        jointDepartmentCodes = jointDepartmentCodes == null ? List.of() : List.copyOf(jointDepartmentCodes);
    }

    /** A problem found: a code of the current list, how it is corrected, a note. */
    public record Finding(String code, String codeListVersion, String note, Correction correction, LocalDate deadline) {
    }
}
