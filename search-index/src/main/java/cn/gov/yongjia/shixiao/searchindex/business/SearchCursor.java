package cn.gov.yongjia.shixiao.searchindex.business;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;

/**
 * The position of a hit in one sort order ({@code search_after} values), as an opaque string. A cursor made for one
 * order is refused for another.
 */
final class SearchCursor {

    private static final String VERSION = "s1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private SearchCursor() {
    }

    static String encode(BusinessQuery.Sort sort, List<FieldValue> values) {
        StringBuilder plain = new StringBuilder(VERSION).append('|').append(sort.name());
        for (FieldValue value : values) {
            plain.append('|');
            if (value.isLong()) {
                plain.append('l').append(value.longValue());
            } else if (value.isDouble()) {
                plain.append('d').append(value.doubleValue());
            } else if (value.isString()) {
                plain.append('s').append(ENCODER.encodeToString(value.stringValue().getBytes(StandardCharsets.UTF_8)));
            } else if (value.isBoolean()) {
                plain.append('b').append(value.booleanValue());
            } else {
                plain.append('n');
            }
        }
        return ENCODER.encodeToString(plain.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the cursor is not one of ours, or was made for another order */
    static List<FieldValue> decode(String cursor, BusinessQuery.Sort sort) {
        String plain;
        try {
            plain = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a search cursor");
        }
        String[] parts = plain.split("\\|", -1);
        if (parts.length < 3 || !VERSION.equals(parts[0]) || !sort.name().equals(parts[1])) {
            throw new IllegalArgumentException("not a search cursor for the order " + sort);
        }
        List<FieldValue> values = new ArrayList<>();
        try {
            for (int i = 2; i < parts.length; i++) {
                String part = parts[i];
                String body = part.isEmpty() ? "" : part.substring(1);
                values.add(switch (part.isEmpty() ? ' ' : part.charAt(0)) {
                    case 'l' -> FieldValue.of(Long.parseLong(body));
                    case 'd' -> FieldValue.of(Double.parseDouble(body));
                    case 's' -> FieldValue.of(new String(DECODER.decode(body), StandardCharsets.UTF_8));
                    case 'b' -> FieldValue.of(Boolean.parseBoolean(body));
                    case 'n' -> FieldValue.NULL;
                    default -> throw new IllegalArgumentException("bad value");
                });
            }
        } catch (IllegalArgumentException e) { // NumberFormatException too
            throw new IllegalArgumentException("not a search cursor");
        }
        return values;
    }
}
