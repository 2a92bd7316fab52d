package cn.gov.yongjia.shixiao.graphqlapi.release;

import java.util.ArrayList;
import java.util.List;

import cn.gov.yongjia.shixiao.graphqlapi.api.UserError;

/** Checks what an editor wrote before anything is written; every problem is reported at once. */
final class ReleaseCheck {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 1000;
    static final int MAX_BODY = 100_000;
    static final int MAX_DOCUMENT_NUMBER = 100;
    static final int MAX_KEYWORDS = 20;
    static final int MAX_KEYWORD = 30;
    static final int MAX_BUSINESSES = 100;
    static final int MAX_NOTE = 1000;

    private ReleaseCheck() {
    }

    static List<UserError> check(ReleaseContent content, ReleaseCatalogue catalogue) {
        List<UserError> errors = new ArrayList<>();
        requiredWithin(content.title(), MAX_TITLE, errors, "title");
        requiredWithin(content.bodyMarkdown(), MAX_BODY, errors, "bodyMarkdown");
        within(content.summary(), MAX_SUMMARY, errors, "summary");
        within(content.documentNumber(), MAX_DOCUMENT_NUMBER, errors, "documentNumber");
        if (content.categoryCode() == null || content.categoryCode().isBlank()) {
            errors.add(UserError.required("input", "categoryCode"));
        } else if (catalogue.category(content.categoryCode()).isEmpty()) {
            errors.add(UserError.notFound("没有这个分类 / No such category", "input", "categoryCode"));
        }
        if (content.keywords().size() > MAX_KEYWORDS) {
            errors.add(UserError.invalid("最多 " + MAX_KEYWORDS + " 个关键词 / at most " + MAX_KEYWORDS + " keywords",
                    "input", "keywords"));
        }
        for (String keyword : content.keywords()) {
            if (keyword.isBlank()) {
                errors.add(UserError.invalid("关键词不能为空 / A keyword cannot be blank", "input", "keywords"));
            } else if (length(keyword) > MAX_KEYWORD) {
                errors.add(UserError.tooLong(MAX_KEYWORD, "input", "keywords"));
            }
        }
        if (content.effectiveOn() != null && content.repealedOn() != null && content.repealedOn().isBefore(content.effectiveOn())) {
            errors.add(UserError.invalid("废止日期早于生效日期 / Repealed before it takes effect", "input", "repealedOn"));
        }
        if (content.businessKeys().size() > MAX_BUSINESSES) {
            errors.add(UserError.invalid("最多关联 " + MAX_BUSINESSES + " 户 / at most " + MAX_BUSINESSES + " businesses",
                    "input", "businessIds"));
        }
        return errors;
    }

    static void requiredWithin(String value, int max, List<UserError> errors, String field) {
        if (value == null || value.isBlank()) {
            errors.add(UserError.required("input", field));
        } else {
            within(value, max, errors, field);
        }
    }

    static void within(String value, int max, List<UserError> errors, String field) {
        if (value != null && length(value) > max) {
            errors.add(UserError.tooLong(max, "input", field));
        }
    }

    static int length(String value) {
        return value.codePointCount(0, value.length());
    }
}
