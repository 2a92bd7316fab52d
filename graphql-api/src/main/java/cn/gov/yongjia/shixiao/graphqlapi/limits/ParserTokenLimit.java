package cn.gov.yongjia.shixiao.graphqlapi.limits;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.parser.ParserOptions;

/**
 * Makes graphql-java's parser give up on documents of more than {@link QueryLimitsProperties#maxTokens()} tokens, so
 * that an oversized document costs little before it is refused (a syntax error, {@code classification}
 * {@code InvalidSyntax}). Spring Boot sets no parser options; graphql-java's own default is 15 000 tokens.
 */
// one of the checks of QueryLimits
class ParserTokenLimit extends SimplePerformantInstrumentation {

    private final ParserOptions parserOptions;

    ParserTokenLimit(QueryLimitsProperties limits) {
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
                .transform(options -> options.maxTokens(limits.maxTokens()));
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
                                                   InstrumentationState state) {
        // graphql-java parses with the options it finds in the request's context
        input.getGraphQLContext().put(ParserOptions.class, parserOptions);
        return input;
    }
}
