package cn.gov.yongjia.shixiao.graphqlapi.limits;

import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

/**
 * Refuses operations with more aliased fields than {@link QueryLimitsProperties#maxAliases()}
 * ({@code TOO_MANY_ALIASES}), or with a list argument longer than {@link QueryLimitsProperties#maxInputListItems()}
 * ({@code INPUT_LIST_TOO_LONG}). Lists are checked after variables are applied, also inside input objects and lists.
 */
// one of the checks of QueryLimits (and an instrumentation of its own, which AliasAndInputListLimitTest uses)
class AliasAndInputListLimit extends SimplePerformantInstrumentation {

    private final int maxAliases;
    private final int maxInputListItems;

    AliasAndInputListLimit(QueryLimitsProperties limits) {
        this.maxAliases = limits.maxAliases();
        this.maxInputListItems = limits.maxInputListItems();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        var shape = new OperationShape();
        QueryTraverser.newQueryTraverser()
                .schema(execution.getGraphQLSchema())
                .document(execution.getDocument())
                .operationName(execution.getExecutionInput().getOperationName())
                .coercedVariables(execution.getCoercedVariables())
                .build()
                .visitPreOrder(shape);
        if (shape.aliases > maxAliases) {
            throw QueryRefusedException.tooManyAliases(shape.aliases, maxAliases);
        }
        if (shape.longestList > maxInputListItems) {
            throw QueryRefusedException.inputListTooLong(shape.longestListArgument, shape.longestList, maxInputListItems);
        }
        return SimpleInstrumentationContext.noOp();
    }

    /** Counts the aliases of an operation and finds its longest input list. */
    private static final class OperationShape extends QueryVisitorStub {

        int aliases;
        int longestList;
        String longestListArgument;

        @Override
        public void visitField(QueryVisitorFieldEnvironment environment) {
            if (environment.getField().getAlias() != null) {
                aliases++;
            }
            // the field's argument values with variables and defaults applied
            environment.getArguments().forEach(this::measure);
        }

        private void measure(String argument, Object value) {
            switch (value) {
                case List<?> list -> {
                    if (list.size() > longestList) {
                        longestList = list.size();
                        longestListArgument = argument;
                    }
                    list.forEach(item -> measure(argument, item));
                }
                case Map<?, ?> inputObject -> inputObject.forEach((field, fieldValue) -> measure(argument + "." + field, fieldValue));
                case null, default -> {
                }
            }
        }
    }
}
