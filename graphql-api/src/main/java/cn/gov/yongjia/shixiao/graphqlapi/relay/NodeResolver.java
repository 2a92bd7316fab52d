package cn.gov.yongjia.shixiao.graphqlapi.relay;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Each feature that has a {@code Node} type registers one, so that {@code node(id)} can find its records. */
public interface NodeResolver {

    /** The GraphQL type name in the global IDs this resolver answers for. */
    String typeName();

    Optional<?> find(long key);

    /**
     * The records of these keys that exist (and the caller may see), by key. Resolvers whose feature can read many
     * at once override this with one query; this default asks one by one.
     */
    default Map<Long, ?> findAll(Collection<Long> keys) {
        Map<Long, Object> found = new HashMap<>();
        for (long key : keys) {
            find(key).ifPresent(record -> found.put(key, record));
        }
        return found;
    }
}
