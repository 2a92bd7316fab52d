package cn.gov.yongjia.shixiao.portal.release;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.gov.yongjia.shixiao.schema.types.ReleaseLanguage;
import com.vaadin.flow.router.QueryParameters;

/**
 * The whole state of the release list as its URL holds it, so a journalist can share or bookmark it:
 * {@code /releases?q=食品&category=NOTICE&issuer=COUNTY_GOVERNMENT_OFFICE&from=2010-01-01&until=2010-12-31&lang=ZH&after=…}.
 * Anything unreadable is dropped rather than refused, as in the business search. With text, the list is a full-text
 * search (the API's search has no date range, so the dates then do not apply).
 *
 * @param text     what to look for, or empty to list by the filters alone
 * @param category one category code, or null for all
 * @param issuer   one issuing body code, or null for all
 * @param from     published on or after, or null
 * @param until    published on or before, or null
 * @param language one language, or null for both
 * @param after    the API's cursor of the page before this one, or null for the first page
 */
public record ReleaseListRequest(String text, String category, String issuer, LocalDate from, LocalDate until,
                                 ReleaseLanguage language, String after) {

    private static final String CODE = "[A-Z][A-Z0-9_]{0,59}";

    public ReleaseListRequest {
        text = text == null ? "" : text.strip();
        if (text.codePointCount(0, text.length()) > 100) {
            text = text.substring(0, text.offsetByCodePoints(0, 100));
        }
        category = category != null && category.matches(CODE) ? category : null;
        issuer = issuer != null && issuer.matches(CODE) ? issuer : null;
        if (from != null && until != null && from.isAfter(until)) {
            LocalDate swap = from;
            from = until;
            until = swap;
        }
        after = after == null || after.isBlank() || after.length() > 500 ? null : after;
    }

    public static ReleaseListRequest empty() {
        return new ReleaseListRequest("", null, null, null, null, null, null);
    }

    /** A full-text search rather than a plain list. */
    public boolean searching() {
        return !text.isEmpty();
    }

    public static ReleaseListRequest from(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        return new ReleaseListRequest(single(p, "q").orElse(""), single(p, "category").orElse(null),
                single(p, "issuer").orElse(null), single(p, "from").flatMap(ReleaseListRequest::date).orElse(null),
                single(p, "until").flatMap(ReleaseListRequest::date).orElse(null),
                single(p, "lang").flatMap(ReleaseListRequest::language).orElse(null), single(p, "after").orElse(null));
    }

    public QueryParameters toQueryParameters() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            p.put("q", List.of(text));
        }
        if (category != null) {
            p.put("category", List.of(category));
        }
        if (issuer != null) {
            p.put("issuer", List.of(issuer));
        }
        if (from != null) {
            p.put("from", List.of(from.toString()));
        }
        if (until != null) {
            p.put("until", List.of(until.toString()));
        }
        if (language != null) {
            p.put("lang", List.of(language.name()));
        }
        if (after != null) {
            p.put("after", List.of(after));
        }
        return new QueryParameters(p);
    }

    /** The list's address, e.g. {@code releases?category=NOTICE}. */
    public String url() {
        String query = toQueryParameters().getQueryString();
        return query.isEmpty() ? "releases" : "releases?" + query;
    }

    // Every change of a filter starts again at the first page: a cursor belongs to one query.

    public ReleaseListRequest withText(String value) {
        return new ReleaseListRequest(value, category, issuer, from, until, language, null);
    }

    public ReleaseListRequest withCategory(String value) {
        return new ReleaseListRequest(text, value, issuer, from, until, language, null);
    }

    public ReleaseListRequest withIssuer(String value) {
        return new ReleaseListRequest(text, category, value, from, until, language, null);
    }

    public ReleaseListRequest withDates(LocalDate newFrom, LocalDate newUntil) {
        return new ReleaseListRequest(text, category, issuer, newFrom, newUntil, language, null);
    }

    public ReleaseListRequest withLanguage(ReleaseLanguage value) {
        return new ReleaseListRequest(text, category, issuer, from, until, value, null);
    }

    /** The page after the one that ended at {@code cursor}. */
    public ReleaseListRequest after(String cursor) {
        return new ReleaseListRequest(text, category, issuer, from, until, language, cursor);
    }

    public ReleaseListRequest firstPage() {
        return after(null);
    }

    private static Optional<String> single(Map<String, List<String>> p, String name) {
        return Optional.ofNullable(p.get(name)).filter(v -> !v.isEmpty()).map(List::getFirst).map(String::strip)
                .filter(v -> !v.isEmpty());
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<ReleaseLanguage> language(String value) {
        try {
            return Optional.of(ReleaseLanguage.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
