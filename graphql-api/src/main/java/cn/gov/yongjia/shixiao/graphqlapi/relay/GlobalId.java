package cn.gov.yongjia.shixiao.graphqlapi.relay;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import cn.gov.yongjia.shixiao.graphqlapi.api.InvalidArgumentException;

/**
 * An opaque, permanent global ID (Relay): the type name and the record's key, base64url-encoded. Clients must treat
 * it as opaque; it never changes for a record.
 */
public record GlobalId(String type, long key) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    public static GlobalId decode(String id, String argument) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("no type");
            }
            long key = Long.parseLong(decoded.substring(colon + 1));
            if (key <= 0) {
                throw new IllegalArgumentException("not positive");
            }
            return new GlobalId(decoded.substring(0, colon), key);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidArgumentException(argument, "不是有效的 ID / Not a valid ID: " + id);
        }
    }

    /** Decodes an ID that must be of the given type. */
    public static long keyOf(String id, String expectedType, String argument) {
        GlobalId globalId = decode(id, argument);
        if (!globalId.type().equals(expectedType)) {
            throw new InvalidArgumentException(argument, "不是 " + expectedType + " 的 ID / Not an ID of a " + expectedType);
        }
        return globalId.key();
    }
}
