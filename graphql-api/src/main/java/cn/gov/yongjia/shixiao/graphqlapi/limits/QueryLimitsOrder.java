package cn.gov.yongjia.shixiao.graphqlapi.limits;

/**
 * The order of the limits among the GraphQL instrumentations (Spring Boot chains them in this order). The cost is
 * measured first, so that a request refused by any limit still says what it would have cost.
 */
final class QueryLimitsOrder {

    static final int COST_REPORT = 0;
    static final int ALIASES_AND_INPUT_LISTS = 1;
    static final int DEPTH = 2;
    static final int COST = 3;

    private QueryLimitsOrder() {
    }
}
