package cn.gov.yongjia.shixiao.graphqlapi.relay;

import cn.gov.yongjia.shixiao.graphqlapi.api.InvalidArgumentException;

/**
 * A checked request for one page: {@code first} between 1 and {@value #MAX_PAGE_SIZE} ({@value #DEFAULT_PAGE_SIZE}
 * when not given), after an optional key.
 */
public record PageRequest(int first, Long afterKey) {

    public static final int MAX_PAGE_SIZE = 100;
    /** The page size when a request gives none; the SDL's {@code first: Int = 20} says the same. */
    public static final int DEFAULT_PAGE_SIZE = 20;

    public static PageRequest of(Integer first, String after) {
        int size = first == null ? DEFAULT_PAGE_SIZE : first;
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidArgumentException("first", "first 须在 1 到 " + MAX_PAGE_SIZE + " 之间 / first must be between 1 and "
                    + MAX_PAGE_SIZE);
        }
        return new PageRequest(size, after == null ? null : Cursor.keyOf(after, "after"));
    }
}
