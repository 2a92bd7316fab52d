package cn.gov.yongjia.shixiao.graphqlapi.limits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Operations that passed the checks of {@link QueryLimits} (aliases, input lists, depth), with their cost, so that
 * an operation asked again is not walked three times again: a partner app or the portal sends the same few documents
 * over and over, only the text in their variables changing (what to search for, which business). Each walk resolves
 * every field's arguments; together they were about 7 % of the API's own CPU per search (JFR under the search
 * benchmark).
 * <p>
 * What the checks depend on is the document, the operation and the variables other than their text: numbers
 * ({@code first}, {@code last}), booleans ({@code @include}, {@code @skip}) and how long each list is. So the key is
 * the document's text, the operation's name and the variables with every string made empty; a request that differs
 * from a kept one only in its strings gets the same answer. Bounded by {@link #MAX_OPERATIONS}, least recently used
 * first out; a refused operation is not kept.
 */
final class CheckedOperations {

    static final int MAX_OPERATIONS = 1_000;

    /** What the checks of one request depend on. */
    record Key(String document, String operationName, Map<String, Object> variablesWithoutText) {
    }

    private final Cache<Key, Integer> costs = Caffeine.newBuilder().maximumSize(MAX_OPERATIONS).build();

    static Key keyOf(String document, String operationName, Map<String, Object> coercedVariables) {
        return new Key(document, operationName, withoutText(coercedVariables));
    }

    /** The cost of an operation that passed the checks, or null when none such is kept. */
    Integer costOf(Key key) {
        return costs.getIfPresent(key);
    }

    void passed(Key key, int cost) {
        costs.put(key, cost);
    }

    private static Map<String, Object> withoutText(Map<String, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>(map.size() * 2);
        map.forEach((name, value) -> copy.put(name, withoutText(value)));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object withoutText(Object value) {
        return switch (value) {
            case CharSequence text -> "";
            case List<?> list -> list.stream().map(CheckedOperations::withoutText).toList();
            case Map<?, ?> inputObject -> withoutText((Map<String, ?>) inputObject);
            case null, default -> value;
        };
    }
}
