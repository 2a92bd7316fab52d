package cn.gov.yongjia.shixiao.graphqlapi.relay;

import java.util.Optional;

/** Each feature that has a {@code Node} type registers one, so that {@code node(id)} can find its records. */
public interface NodeResolver {

    /** The GraphQL type name in the global IDs this resolver answers for. */
    String typeName();

    Optional<?> find(long key);
}
