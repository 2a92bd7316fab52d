package cn.gov.yongjia.shixiao.graphqlapi.limits;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.springframework.stereotype.Component;

/**
 * The API's limits on what one request may ask, as one GraphQL instrumentation (graphql-java calls every
 * instrumentation of the chain for every field fetched, so one instead of five is cheaper on every request):
 * <ol>
 *     <li>the parser gives up beyond {@link QueryLimitsProperties#maxTokens()} tokens ({@link ParserTokenLimit});</li>
 *     <li>the operation's cost is measured, once, and told to the caller: {@code "extensions": {"cost": {"requested":
 *     N, "limit": L}}} on every request that got as far as execution, refused or not (requests that fail to parse or
 *     validate carry no cost);</li>
 *     <li>too many aliases or too long an input list is refused ({@link AliasAndInputListLimit});</li>
 *     <li>too deep is refused ({@link QueryDepthLimit});</li>
 *     <li>too costly is refused with {@code QUERY_TOO_COSTLY}.</li>
 * </ol>
 * An operation that passed 3. and 4. is kept with its cost ({@link CheckedOperations}): asked again with other text in
 * its variables, it is not walked again.
 */
@Component
class QueryLimits extends SimplePerformantInstrumentation {

    private final ConnectionCostCalculator costs;
    private final int maxCost;
    private final ParserTokenLimit tokens;
    private final AliasAndInputListLimit aliasesAndLists;
    private final QueryDepthLimit depth;
    private final CheckedOperations checked = new CheckedOperations();

    QueryLimits(ConnectionCostCalculator costs, QueryLimitsProperties limits) {
        this.costs = costs;
        this.maxCost = limits.maxCost();
        this.tokens = new ParserTokenLimit(limits);
        this.aliasesAndLists = new AliasAndInputListLimit(limits);
        this.depth = new QueryDepthLimit(limits);
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
                                                   InstrumentationState state) {
        return tokens.instrumentExecutionInput(input, parameters, state);
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return CompletableFuture.completedFuture(new MeasuredCost());
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        ExecutionInput input = execution.getExecutionInput();
        CheckedOperations.Key key = CheckedOperations.keyOf(input.getQuery(), input.getOperationName(),
                execution.getCoercedVariables().toMap());
        Integer known = checked.costOf(key);
        int cost = known != null ? known : QueryComplexityCalculator.newCalculator()
                .fieldComplexityCalculator(costs)
                .schema(execution.getGraphQLSchema())
                .document(execution.getDocument())
                .operationName(input.getOperationName())
                .variables(execution.getCoercedVariables())
                .build()
                .calculate();
        InstrumentationState.<MeasuredCost>ofState(state).requested = cost;
        if (known == null) {
            aliasesAndLists.beginExecuteOperation(parameters, null);
            depth.beginExecuteOperation(parameters, null);
            checked.passed(key, cost);
        }
        if (cost > maxCost) {
            throw QueryRefusedException.tooCostly(cost, maxCost);
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                        InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState state) {
        Integer requested = InstrumentationState.<MeasuredCost>ofState(state).requested;
        if (requested == null) {
            return CompletableFuture.completedFuture(result);
        }
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("requested", requested);
        cost.put("limit", maxCost);
        return CompletableFuture.completedFuture(result.transform(builder -> builder.addExtension("cost", cost)));
    }

    /** The cost of this request's operation, once it is known. */
    private static final class MeasuredCost implements InstrumentationState {
        volatile Integer requested;
    }
}
