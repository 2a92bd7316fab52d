package cn.gov.yongjia.shixiao.graphqlapi.relay;

import cn.gov.yongjia.shixiao.graphqlapi.api.InvalidArgumentException;

/**
 * A checked request for one page: {@code first} between 1 and {@value #MAX_PAGE_SIZE} ({@value #DEFAULT_PAGE_SIZE}
 * when not given), after an optional key.
 */
public record PageRequest(int first, Long afterKey, Long beforeKey, boolean backward) {

    public PageRequest(int first, Long afterKey) {
        this(first, afterKey, null, false);
    }

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

    /**
     * Forward ({@code first}/{@code after}) or backward ({@code last}/{@code before}) paging, as Relay defines it;
     * giving both {@code first} and {@code last} is refused.
     */
    public static PageRequest of(Integer first, String after, Integer last, String before) {
        if (first != null && last != null) {
            throw new InvalidArgumentException("last", "first 与 last 不能同时使用 / Give first or last, not both");
        }
        if (last == null) {
            PageRequest forward = of(first, after);
            return new PageRequest(forward.first(), forward.afterKey(), before == null ? null : Cursor.keyOf(before, "before"), false);
        }
        if (last < 1 || last > MAX_PAGE_SIZE) {
            throw new InvalidArgumentException("last", "last 须在 1 到 " + MAX_PAGE_SIZE + " 之间 / last must be between 1 and "
                    + MAX_PAGE_SIZE);
        }
        return new PageRequest(last, after == null ? null : Cursor.keyOf(after, "after"),
                before == null ? null : Cursor.keyOf(before, "before"), true);
    }
}
