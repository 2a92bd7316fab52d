package cn.gov.yongjia.shixiao.portal.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.gov.yongjia.shixiao.schema.types.BusinessSearchSort;
import cn.gov.yongjia.shixiao.schema.types.RatingGrade;
import cn.gov.yongjia.shixiao.schema.types.Trade;
import com.vaadin.flow.router.QueryParameters;

/**
 * A whole search as the URL holds it, so it can be shared and bookmarked:
 * {@code /search?q=兰州&trade=RESTAURANT&township=OUBEI&rating=B&closed=1&sort=distance&lat=28.03&lon=120.65&r=3}.
 * Anything unreadable in the URL is dropped rather than refused: a mistyped link still shows a search.
 *
 * @param text         what to look for, or empty to browse by the filters alone
 * @param trade        one trade, or null for all
 * @param township     one township code, or null for all
 * @param ratingAtLeast only ratings at least this good, or null
 * @param includeClosed also suspended and closed businesses (else only open ones)
 * @param sort         the order; DISTANCE only with a point
 * @param near         the reader's point ("near me"), or null
 */
public record SearchRequest(String text, Trade trade, String township, RatingGrade ratingAtLeast,
                            boolean includeClosed, BusinessSearchSort sort, Near near) {

    public static final double DEFAULT_RADIUS_KM = 3.0;

    public SearchRequest {
        text = text == null ? "" : text.strip();
        if (text.codePointCount(0, text.length()) > 100) {
            text = text.substring(0, text.offsetByCodePoints(0, 100));
        }
        sort = sort == null || (sort == BusinessSearchSort.DISTANCE && near == null) ? BusinessSearchSort.RELEVANCE : sort;
    }

    public static SearchRequest empty() {
        return new SearchRequest("", null, null, null, false, BusinessSearchSort.RELEVANCE, null);
    }

    public static SearchRequest of(String text) {
        return empty().withText(text);
    }

    /** The reader's point, rounded to 4 decimals (about 10 m) and a radius of 0.5 to 20 km. */
    public record Near(double lat, double lon, double radiusKm) {

        public Near {
            lat = Math.round(lat * 10_000) / 10_000.0;
            lon = Math.round(lon * 10_000) / 10_000.0;
            radiusKm = Math.min(20, Math.max(0.5, radiusKm));
        }
    }

    public static SearchRequest from(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        Near near = null;
        Optional<Double> lat = number(p, "lat").filter(v -> v >= -90 && v <= 90);
        Optional<Double> lon = number(p, "lon").filter(v -> v >= -180 && v <= 180);
        if (lat.isPresent() && lon.isPresent()) {
            near = new Near(lat.get(), lon.get(), number(p, "r").orElse(DEFAULT_RADIUS_KM));
        }
        return new SearchRequest(single(p, "q").orElse(""),
                single(p, "trade").flatMap(v -> constant(Trade.class, v)).orElse(null),
                single(p, "township").filter(v -> v.matches("[A-Z_]{1,40}")).orElse(null),
                single(p, "rating").flatMap(v -> constant(RatingGrade.class, v)).orElse(null),
                single(p, "closed").map(v -> v.equals("1") || v.equalsIgnoreCase("true")).orElse(false),
                single(p, "sort").flatMap(v -> constant(BusinessSearchSort.class, v.equals("inspected") ? "LAST_INSPECTED" : v))
                        .orElse(null),
                near);
    }

    public QueryParameters toQueryParameters() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            p.put("q", List.of(text));
        }
        if (trade != null) {
            p.put("trade", List.of(trade.name()));
        }
        if (township != null) {
            p.put("township", List.of(township));
        }
        if (ratingAtLeast != null) {
            p.put("rating", List.of(ratingAtLeast.name()));
        }
        if (includeClosed) {
            p.put("closed", List.of("1"));
        }
        if (sort != BusinessSearchSort.RELEVANCE) {
            p.put("sort", List.of(sort == BusinessSearchSort.LAST_INSPECTED ? "inspected" : sort.name().toLowerCase(Locale.ROOT)));
        }
        if (near != null) {
            p.put("lat", List.of(String.valueOf(near.lat())));
            p.put("lon", List.of(String.valueOf(near.lon())));
            if (near.radiusKm() != DEFAULT_RADIUS_KM) {
                p.put("r", List.of(String.valueOf(near.radiusKm())));
            }
        }
        return new QueryParameters(p);
    }

    /** The search's address, e.g. {@code search?q=…}. */
    public String url() {
        String query = toQueryParameters().getQueryString();
        return query.isEmpty() ? "search" : "search?" + query;
    }

    public SearchRequest withText(String value) {
        return new SearchRequest(value, trade, township, ratingAtLeast, includeClosed, sort, near);
    }

    public SearchRequest withTrade(Trade value) {
        return new SearchRequest(text, value, township, ratingAtLeast, includeClosed, sort, near);
    }

    public SearchRequest withTownship(String value) {
        return new SearchRequest(text, trade, value, ratingAtLeast, includeClosed, sort, near);
    }

    public SearchRequest withRatingAtLeast(RatingGrade value) {
        return new SearchRequest(text, trade, township, value, includeClosed, sort, near);
    }

    public SearchRequest withIncludeClosed(boolean value) {
        return new SearchRequest(text, trade, township, ratingAtLeast, value, sort, near);
    }

    public SearchRequest withSort(BusinessSearchSort value) {
        return new SearchRequest(text, trade, township, ratingAtLeast, includeClosed, value, near);
    }

    /** Near a point, nearest first. */
    public SearchRequest near(double lat, double lon) {
        return new SearchRequest(text, trade, township, ratingAtLeast, includeClosed, BusinessSearchSort.DISTANCE,
                new Near(lat, lon, near == null ? DEFAULT_RADIUS_KM : near.radiusKm()));
    }

    public SearchRequest withoutNear() {
        return new SearchRequest(text, trade, township, ratingAtLeast, includeClosed,
                sort == BusinessSearchSort.DISTANCE ? BusinessSearchSort.RELEVANCE : sort, null);
    }

    private static Optional<String> single(Map<String, List<String>> p, String name) {
        return Optional.ofNullable(p.get(name)).filter(v -> !v.isEmpty()).map(List::getFirst).map(String::strip)
                .filter(v -> !v.isEmpty());
    }

    private static Optional<Double> number(Map<String, List<String>> p, String name) {
        try {
            return single(p, name).map(Double::parseDouble).filter(Double::isFinite);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
