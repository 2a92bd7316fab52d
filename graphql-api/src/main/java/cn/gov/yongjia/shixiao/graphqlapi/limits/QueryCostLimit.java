package cn.gov.yongjia.shixiao.graphqlapi.limits;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.AbortExecutionException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Refuses operations that would cost more than {@link QueryLimitsProperties#maxCost()} with {@code QUERY_TOO_COSTLY}. */
@Component
@Order(QueryLimitsOrder.COST)
class QueryCostLimit extends MaxQueryComplexityInstrumentation {

    QueryCostLimit(QueryLimitsProperties limits, ConnectionCostCalculator costs) {
        super(limits.maxCost(), costs);
    }

    @Override
    protected AbortExecutionException mkAbortException(int cost, int maxCost) {
        return QueryRefusedException.tooCostly(cost, maxCost);
    }
}
