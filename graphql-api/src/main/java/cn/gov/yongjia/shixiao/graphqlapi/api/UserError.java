package cn.gov.yongjia.shixiao.graphqlapi.api;

import java.util.List;

/**
 * An error in a mutation's input, returned in the payload's {@code userErrors} rather than as a GraphQL error.
 *
 * @param field path of the input field, e.g. {@code ["input", "name"]}
 * @param code  a {@code UserErrorCode} of the schema
 */
public record UserError(List<String> field, String code, String message) {

    public static UserError required(String... field) {
        return new UserError(List.of(field), "REQUIRED", "必填 / required");
    }

    public static UserError tooLong(int max, String... field) {
        return new UserError(List.of(field), "TOO_LONG", "最多 " + max + " 个字符 / at most " + max + " characters");
    }

    public static UserError notFound(String message, String... field) {
        return new UserError(List.of(field), "NOT_FOUND", message);
    }

    /** The business a change names does not exist. */
    public static UserError noSuchBusiness(String... field) {
        return notFound("没有这户经营主体 / No such business", field);
    }

    public static UserError invalid(String message, String... field) {
        return new UserError(List.of(field), "INVALID", message);
    }
}
