package cn.gov.yongjia.shixiao.graphqlapi.inspection;

import java.time.LocalDate;

import cn.gov.yongjia.shixiao.schema.types.Correction;
import cn.gov.yongjia.shixiao.schema.types.Severity;
import cn.gov.yongjia.shixiao.schema.types.ViolationArea;

/** A problem found at an inspection, with its entry of the code list. */
public record Violation(long inspectionKey, ViolationCode entry, String note, Correction correction, LocalDate deadline,
                 LocalDate closedOn) {

    public String code() {
        return entry.code();
    }

    public String codeListVersion() {
        return entry.codeListVersion();
    }

    public String description() {
        return entry.description();
    }

    public String descriptionEn() {
        return entry.descriptionEn();
    }

    public ViolationArea area() {
        return entry.area();
    }

    public Severity severity() {
        return entry.severity();
    }

    public int points() {
        return entry.points();
    }

    public String legalBasis() {
        return entry.legalBasis();
    }
}
