package cn.gov.yongjia.shixiao.graphqlapi.relay;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import cn.gov.yongjia.shixiao.graphqlapi.api.InvalidArgumentException;

/** An opaque cursor holding a keyset position: pages stay stable while rows are added. */
public final class Cursor {

    private static final String PREFIX = "k1:";

    private Cursor() {
    }

    public static String of(long key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
    }

    public static long keyOf(String cursor, String argument) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!decoded.startsWith(PREFIX)) {
                throw new IllegalArgumentException("prefix");
            }
            return Long.parseLong(decoded.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(argument, "不是有效的游标 / Not a valid cursor: " + cursor);
        }
    }
}
