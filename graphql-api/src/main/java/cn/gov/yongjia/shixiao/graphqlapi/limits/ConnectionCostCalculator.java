package cn.gov.yongjia.shixiao.graphqlapi.limits;

import java.util.Map;

import cn.gov.yongjia.shixiao.graphqlapi.relay.PageRequest;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import org.springframework.stereotype.Component;

/**
 * What a field costs. A connection field (any field with a {@code first} or {@code last} argument) costs
 * 2 + page size × the cost of its selection, since its selection is fetched once per item; any other field costs
 * 1 + the cost of its selection. The page size is the argument's value, the schema's default when it is not given,
 * or {@value PageRequest#DEFAULT_PAGE_SIZE} when it is given as null. {@code __typename} is free (graphql-java does
 * not ask).
 * <p>
 * The estimate is an upper bound: {@code totalCount} and {@code pageInfo} are counted once per item too.
 */
@Component
class ConnectionCostCalculator implements FieldComplexityCalculator {

    /**
     * No field counts more than this. With the parser's token limit a document holds at most a few thousand fields,
     * so their sum stays well inside an {@code int}.
     */
    static final int MAX_FIELD_COST = 1_000_000;

    @Override
    public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
        // only an int overflow of the children's sum can make it negative: count it as the most a field may cost
        long selection = childComplexity < 0 ? MAX_FIELD_COST : childComplexity;
        long cost = isConnection(environment.getFieldDefinition())
                ? 2 + pageSize(environment.getArguments()) * selection
                : 1 + selection;
        return (int) Math.min(cost, MAX_FIELD_COST);
    }

    private static boolean isConnection(GraphQLFieldDefinition field) {
        return field.getArgument("first") != null || field.getArgument("last") != null;
    }

    /** The larger of {@code first} and {@code last}: a request may give both. */
    private static long pageSize(Map<String, Object> arguments) {
        long first = size(arguments.get("first"));
        long last = size(arguments.get("last"));
        if (first < 0 && last < 0) {
            return PageRequest.DEFAULT_PAGE_SIZE;
        }
        return Math.max(first, last);
    }

    /** The argument's value, 0 for a negative one (the field refuses it anyway), -1 when it has none. */
    private static long size(Object value) {
        return value instanceof Number number ? Math.max(number.longValue(), 0) : -1;
    }
}
