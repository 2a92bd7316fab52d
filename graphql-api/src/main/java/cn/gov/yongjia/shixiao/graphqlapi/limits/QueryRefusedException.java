package cn.gov.yongjia.shixiao.graphqlapi.limits;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.gov.yongjia.shixiao.graphqlapi.api.ErrorCode;
import graphql.execution.AbortExecutionException;

/**
 * A request refused by one of the {@link QueryLimitsProperties limits} before anything ran. graphql-java turns it
 * into the response's only error, without {@code data}; its {@code extensions} carry the {@link ErrorCode} and the
 * numbers (and graphql-java's {@code classification} {@code ExecutionAborted}), never a stack trace.
 */
final class QueryRefusedException extends AbortExecutionException {

    private final Map<String, Object> extensions = new LinkedHashMap<>();

    private QueryRefusedException(ErrorCode code, String message, Map<String, Object> details) {
        super(message);
        extensions.put("code", code.name());
        extensions.putAll(details);
    }

    static QueryRefusedException tooDeep(int depth, int limit) {
        return new QueryRefusedException(ErrorCode.QUERY_TOO_DEEP,
                "查询嵌套过深：" + depth + " 层，最多 " + limit + " 层 / The query nests fields " + depth
                        + " levels deep; at most " + limit + " are allowed",
                details("depth", depth, limit));
    }

    static QueryRefusedException tooCostly(int cost, int limit) {
        return new QueryRefusedException(ErrorCode.QUERY_TOO_COSTLY,
                "查询成本过高：" + cost + "，最多 " + limit + "，请减小 first 或减少字段 / The query would cost " + cost
                        + " points; at most " + limit + " are allowed: ask for smaller pages (first) or fewer fields",
                details("cost", cost, limit));
    }

    static QueryRefusedException tooManyAliases(int aliases, int limit) {
        return new QueryRefusedException(ErrorCode.TOO_MANY_ALIASES,
                "别名过多：" + aliases + " 个，最多 " + limit + " 个 / The query uses " + aliases + " aliases; at most "
                        + limit + " are allowed",
                details("aliases", aliases, limit));
    }

    static QueryRefusedException inputListTooLong(String argument, int items, int limit) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("argument", argument);
        details.putAll(details("items", items, limit));
        return new QueryRefusedException(ErrorCode.INPUT_LIST_TOO_LONG,
                "参数 " + argument + " 的列表过长：" + items + " 项，最多 " + limit + " 项 / The list in argument "
                        + argument + " has " + items + " items; at most " + limit + " are allowed",
                details);
    }

    private static Map<String, Object> details(String measure, int value, int limit) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(measure, value);
        details.put("limit", limit);
        return details;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return Collections.unmodifiableMap(extensions);
    }
}
