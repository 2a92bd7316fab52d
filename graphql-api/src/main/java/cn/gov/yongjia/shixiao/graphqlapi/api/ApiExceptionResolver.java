package cn.gov.yongjia.shixiao.graphqlapi.api;

import java.util.Map;

import cn.gov.yongjia.shixiao.searchindex.RebuildRunningException;
import cn.gov.yongjia.shixiao.searchindex.SearchUnavailableException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions into GraphQL errors with a typed {@code extensions.code}; never a stack trace, and no internal
 * message for unexpected failures.
 */
@Component
class ApiExceptionResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionResolver.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        return switch (ex) {
            case InvalidArgumentException e -> error(env, ErrorType.BAD_REQUEST, ErrorCode.INVALID_ARGUMENT, e.getMessage(),
                    Map.of("argument", e.argument()));
            case AccessRefusedException e -> error(env,
                    e.code() == ErrorCode.UNAUTHENTICATED ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN, e.code(),
                    e.getMessage(), Map.of());
            case RebuildRunningException e -> error(env, ErrorType.BAD_REQUEST, ErrorCode.ALREADY_RUNNING,
                    "搜索索引正在重建，请等它完成 / The search index is being rebuilt already; wait until it is done",
                    Map.of());
            case SearchUnavailableException e -> {
                log.warn("Search unavailable: {}", e.getMessage());
                yield error(env, ErrorType.INTERNAL_ERROR, ErrorCode.SEARCH_UNAVAILABLE,
                        "搜索暂不可用，请稍后再试 / Search is unavailable for now; please try again later", Map.of());
            }
            case Throwable e when RegisterOutage.isOutage(e) -> {
                log.warn("Register unavailable in {}: {}", env.getExecutionStepInfo().getPath(), e.getMessage());
                yield error(env, ErrorType.INTERNAL_ERROR, ErrorCode.REGISTER_UNAVAILABLE,
                        RegisterOutage.MESSAGE, Map.of());
            }
            default -> {
                log.error("Unexpected failure in {}", env.getExecutionStepInfo().getPath(), ex);
                yield error(env, ErrorType.INTERNAL_ERROR, ErrorCode.INTERNAL, "Internal error", Map.of());
            }
        };
    }

    private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, ErrorCode code, String message,
                                      Map<String, Object> more) {
        var extensions = new java.util.LinkedHashMap<String, Object>(more);
        extensions.put("code", code.name());
        return GraphqlErrorBuilder.newError(env).errorType(type).message(message).extensions(extensions).build();
    }
}
