package cn.gov.yongjia.shixiao.graphqlapi.limits;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

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
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tells the caller what the operation cost: {@code "extensions": {"cost": {"requested": N, "limit": L}}}, on every
 * request that got as far as execution, refused or not. Requests that fail to parse or validate carry no cost.
 */
@Component
@Order(QueryLimitsOrder.COST_REPORT)
class QueryCostReport extends SimplePerformantInstrumentation {

    private final ConnectionCostCalculator costs;
    private final int limit;

    QueryCostReport(ConnectionCostCalculator costs, QueryLimitsProperties limits) {
        this.costs = costs;
        this.limit = limits.maxCost();
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return CompletableFuture.completedFuture(new MeasuredCost());
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        int cost = QueryComplexityCalculator.newCalculator()
                .fieldComplexityCalculator(costs)
                .schema(execution.getGraphQLSchema())
                .document(execution.getDocument())
                .operationName(execution.getExecutionInput().getOperationName())
                .variables(execution.getCoercedVariables())
                .build()
                .calculate();
        InstrumentationState.<MeasuredCost>ofState(state).requested = cost;
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
        cost.put("limit", limit);
        return CompletableFuture.completedFuture(result.transform(builder -> builder.addExtension("cost", cost)));
    }

    /** The cost of this request's operation, once it is known. */
    private static final class MeasuredCost implements InstrumentationState {
        volatile Integer requested;
    }
}
