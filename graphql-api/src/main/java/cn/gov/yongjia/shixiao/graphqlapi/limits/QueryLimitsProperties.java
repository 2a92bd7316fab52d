package cn.gov.yongjia.shixiao.graphqlapi.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much one GraphQL request may ask for. A request over any limit is refused with a typed error before anything
 * runs (see docs/errors.md).
 *
 * @param maxDepth          deepest nesting of fields, top-level fields being depth 1. Requests that ask only for
 *                          introspection ({@code __schema}, {@code __type}) are bounded by graphql-java's good-faith
 *                          introspection check instead, since the standard introspection query is 13 deep
 * @param maxCost           highest cost: a connection field (one with {@code first} or {@code last}) costs
 *                          2 + page size × the cost of its selection, any other field 1 + the cost of its selection
 * @param maxAliases        aliased fields in the operation that runs
 * @param maxInputListItems items in any list given as an argument, also inside input objects and from variables
 * @param maxTokens         grammar tokens the parser reads before it gives up on a document (graphql-java's own
 *                          default is 15 000)
 */
@ConfigurationProperties("yongjia.graphql.limits")
record QueryLimitsProperties(@DefaultValue("12") int maxDepth,
                             @DefaultValue("10000") int maxCost,
                             @DefaultValue("30") int maxAliases,
                             @DefaultValue("100") int maxInputListItems,
                             @DefaultValue("5000") int maxTokens) {

    QueryLimitsProperties {
        if (maxDepth < 1 || maxCost < 1 || maxAliases < 0 || maxInputListItems < 1 || maxTokens < 1) {
            throw new IllegalArgumentException("yongjia.graphql.limits: every limit must be positive (max-aliases may be 0)");
        }
    }
}
