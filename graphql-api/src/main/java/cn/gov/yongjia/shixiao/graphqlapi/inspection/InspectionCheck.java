package cn.gov.yongjia.shixiao.graphqlapi.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.gov.yongjia.shixiao.graphqlapi.api.UserError;
import cn.gov.yongjia.shixiao.schema.types.Correction;
import cn.gov.yongjia.shixiao.schema.types.InspectionOutcome;

/** Every rule an inspection must meet before it is written, with one error per field. */
final class InspectionCheck {

    static final int MAX_SUMMARY = 1000;
    static final int MAX_NOTE = 500;
    static final int MAX_FINDINGS = 50;
    static final int MAX_INSPECTORS = 10;

    private InspectionCheck() {
    }

    static List<UserError> check(NewInspection in, LocalDate today, Set<String> knownCodes) {
        List<UserError> errors = new ArrayList<>();
        if (in.inspectedOn().isAfter(today)) {
            errors.add(UserError.invalid("检查日期不能晚于今天 / The inspection date cannot be in the future", "input", "inspectedOn"));
        }
        score(in.hygieneScore(), 40, "hygieneScore", errors);
        score(in.facilitiesScore(), 30, "facilitiesScore", errors);
        score(in.managementScore(), 30, "managementScore", errors);
        if (in.outcome() == InspectionOutcome.RECTIFY_BY_DEADLINE && in.followUpDue() == null) {
            errors.add(UserError.required("input", "followUpDue"));
        }
        if (in.followUpDue() != null && !in.followUpDue().isAfter(in.inspectedOn())) {
            errors.add(UserError.invalid("复查期限须晚于检查日期 / The follow-up must be due after the inspection",
                    "input", "followUpDue"));
        }
        if (in.publicSummary() != null && in.publicSummary().codePointCount(0, in.publicSummary().length()) > MAX_SUMMARY) {
            errors.add(UserError.tooLong(MAX_SUMMARY, "input", "publicSummary"));
        }
        if (in.inspectors().size() > MAX_INSPECTORS
                || in.inspectors().stream().anyMatch(name -> name.isBlank() || name.length() > 20)) {
            errors.add(UserError.invalid("最多 " + MAX_INSPECTORS + " 名检查员，每个姓名 1–20 字 / At most " + MAX_INSPECTORS
                    + " inspectors, each name 1 to 20 characters", "input", "inspectors"));
        }
        if (in.findings().size() > MAX_FINDINGS) {
            errors.add(UserError.invalid("问题最多 " + MAX_FINDINGS + " 条 / At most " + MAX_FINDINGS + " problems",
                    "input", "violations"));
        }
        for (int i = 0; i < in.findings().size(); i++) {
            NewInspection.Finding finding = in.findings().get(i);
            String index = Integer.toString(i);
            if (!knownCodes.contains(finding.code())) {
                errors.add(new UserError(List.of("input", "violations", index, "code"), "NOT_FOUND",
                        "当前代码表中没有这个问题代码 / The current code list has no code " + finding.code()));
            }
            if (finding.correction() == Correction.BY_DEADLINE) {
                if (finding.deadline() == null) {
                    errors.add(UserError.required("input", "violations", index, "deadline"));
                } else if (!finding.deadline().isAfter(in.inspectedOn())) {
                    errors.add(UserError.invalid("整改期限须晚于检查日期 / The deadline must be after the inspection",
                            "input", "violations", index, "deadline"));
                }
            }
            if (finding.note() != null && finding.note().length() > MAX_NOTE) {
                errors.add(UserError.tooLong(MAX_NOTE, "input", "violations", index, "note"));
            }
        }
        return errors;
    }

    private static void score(int value, int max, String field, List<UserError> errors) {
        if (value < 0 || value > max) {
            errors.add(UserError.invalid("得分须在 0 到 " + max + " 之间 / The score must be between 0 and " + max,
                    "input", field));
        }
    }
}
