package cn.gov.yongjia.shixiao.graphqlapi.relay;

import java.util.List;
import java.util.function.ToLongFunction;

/** A Relay connection: one page of nodes with their cursors, page info and the total count. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

    public record Edge<T>(String cursor, T node) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /**
     * Builds a forward page from rows fetched with one row more than asked for (that extra row only tells whether a
     * next page exists).
     */
    public static <T> Connection<T> of(List<T> rowsPlusOne, PageRequest page, ToLongFunction<T> key, long total) {
        return page.backward() ? backward(rowsPlusOne, page, key, total) : forward(rowsPlusOne, page, key, total);
    }

    /**
     * Builds a backward page ({@code last}/{@code before}) from rows fetched newest first with one row more than asked
     * for; the page itself is returned in the usual order.
     */
    public static <T> Connection<T> backward(List<T> rowsPlusOneReversed, PageRequest page, ToLongFunction<T> key, long total) {
        boolean hasPrevious = rowsPlusOneReversed.size() > page.first();
        List<Edge<T>> edges = new java.util.ArrayList<>(rowsPlusOneReversed.stream().limit(page.first())
                .map(row -> new Edge<>(Cursor.of(key.applyAsLong(row)), row)).toList());
        java.util.Collections.reverse(edges);
        return new Connection<>(edges, new PageInfo(page.beforeKey() != null, hasPrevious,
                edges.isEmpty() ? null : edges.getFirst().cursor(),
                edges.isEmpty() ? null : edges.getLast().cursor()), total);
    }

    public static <T> Connection<T> forward(List<T> rowsPlusOne, PageRequest page, ToLongFunction<T> key, long total) {
        boolean hasNext = rowsPlusOne.size() > page.first();
        List<Edge<T>> edges = rowsPlusOne.stream().limit(page.first())
                .map(row -> new Edge<>(Cursor.of(key.applyAsLong(row)), row))
                .toList();
        return new Connection<>(edges, new PageInfo(hasNext, page.afterKey() != null,
                edges.isEmpty() ? null : edges.getFirst().cursor(),
                edges.isEmpty() ? null : edges.getLast().cursor()), total);
    }
}
