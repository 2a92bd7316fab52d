package cn.gov.yongjia.shixiao.graphqlapi.limits;

import java.util.Map;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * Refuses operations that nest fields deeper than {@link QueryLimitsProperties#maxDepth()} with
 * {@code QUERY_TOO_DEEP}.
 * <p>
 * Operations that ask only for introspection are left to graphql-java's good-faith introspection check (at most
 * 20 deep and 500 fields, no cycles through {@code __Type.fields}): the standard introspection query that schema tools
 * send is 13 deep ({@code __schema → types → fields → args → type → 7 × ofType → name}).
 */
// one of the checks of QueryLimits
class QueryDepthLimit extends MaxQueryDepthInstrumentation {

    QueryDepthLimit(QueryLimitsProperties limits) {
        super(limits.maxDepth());
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        if (asksOnlyForIntrospection(execution.getOperationDefinition().getSelectionSet(), execution.getFragmentsByName())) {
            return SimpleInstrumentationContext.noOp();
        }
        return super.beginExecuteOperation(parameters, state);
    }

    @Override
    protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
        return QueryRefusedException.tooDeep(depth, maxDepth);
    }

    /** Whether every top-level field is a meta field ({@code __schema}, {@code __type}, {@code __typename}). */
    private static boolean asksOnlyForIntrospection(SelectionSet selections, Map<String, FragmentDefinition> fragments) {
        for (Selection<?> selection : selections.getSelections()) {
            boolean introspection = switch (selection) {
                case Field field -> field.getName().startsWith("__");
                case InlineFragment fragment -> asksOnlyForIntrospection(fragment.getSelectionSet(), fragments);
                // validation has made sure the fragment exists and spreads form no cycle
                case FragmentSpread spread -> asksOnlyForIntrospection(fragments.get(spread.getName()).getSelectionSet(), fragments);
                default -> false;
            };
            if (!introspection) {
                return false;
            }
        }
        return true;
    }
}
