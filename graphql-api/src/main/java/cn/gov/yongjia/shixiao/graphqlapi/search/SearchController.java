package cn.gov.yongjia.shixiao.graphqlapi.search;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.yongjia.shixiao.graphqlapi.api.InvalidArgumentException;
import cn.gov.yongjia.shixiao.graphqlapi.business.Business;
import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessRegistry;
import cn.gov.yongjia.shixiao.graphqlapi.rating.RatingPolicy;
import cn.gov.yongjia.shixiao.graphqlapi.region.Township;
import cn.gov.yongjia.shixiao.graphqlapi.region.Townships;
import cn.gov.yongjia.shixiao.graphqlapi.relay.Connection;
import cn.gov.yongjia.shixiao.graphqlapi.relay.PageRequest;
import cn.gov.yongjia.shixiao.schema.types.BusinessSearchFilter;
import cn.gov.yongjia.shixiao.schema.types.BusinessSearchSort;
import cn.gov.yongjia.shixiao.schema.types.BusinessStatus;
import cn.gov.yongjia.shixiao.schema.types.GeoPointInput;
import cn.gov.yongjia.shixiao.schema.types.NearInput;
import cn.gov.yongjia.shixiao.schema.types.RatingGrade;
import cn.gov.yongjia.shixiao.schema.types.Trade;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessDocument;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessHits;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessQuery;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessSearch;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessSuggestion;
import cn.gov.yongjia.shixiao.searchindex.business.LatLon;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code searchBusinesses} and {@code suggestBusinessNames}: Elasticsearch ranks, PostgreSQL supplies the records
 * (one query for the whole page), so a search result is always the same {@code Business} as everywhere else in the
 * API. Arguments are checked here; anything out of range is {@code INVALID_ARGUMENT}. Elasticsearch counts the total
 * and the facets over every hit only when the query selects {@code totalCount} or {@code facets}: a partner that
 * wants the best twenty shops does not pay for them.
 */
@Controller
class SearchController {

    static final int MAX_QUERY_LENGTH = 100;
    static final int MAX_PREFIX_LENGTH = 50;
    static final int MAX_SUGGESTIONS = 10;
    static final double DEFAULT_RADIUS_KM = 5;
    static final double MIN_RADIUS_KM = 0.1;
    static final double MAX_RADIUS_KM = 50;
    private static final ZoneId COUNTY_TIME = ZoneId.of("Asia/Shanghai");

    record SearchConnection(List<SearchEdge> edges, Connection.PageInfo pageInfo, long totalCount,
                            SearchFacets facets, boolean approximate) {
    }

    record SearchEdge(String cursor, Business node, Double distanceKm, String highlightedName,
                      String highlightedShopSignName) {
    }

    record SearchFacets(List<TradeFacet> trades, List<TownshipFacet> townships, List<RatingFacet> ratings) {
    }

    record TradeFacet(Trade value, long count) {
    }

    record TownshipFacet(String value, Township township, long count) {
    }

    record RatingFacet(RatingGrade value, long count) {
    }

    record NameSuggestion(String text, Business business) {
    }

    private final BusinessSearch search;
    private final BusinessRegistry registry;
    private final Townships townships;
    private final RatingPolicy ratingPolicy;

    SearchController(BusinessSearch search, BusinessRegistry registry, Townships townships, RatingPolicy ratingPolicy) {
        this.search = search;
        this.registry = registry;
        this.townships = townships;
        this.ratingPolicy = ratingPolicy;
    }

    @QueryMapping
    SearchConnection searchBusinesses(@Argument String query, @Argument BusinessSearchFilter filter,
                                      @Argument NearInput near, @Argument BusinessSearchSort sort,
                                      @Argument Integer first, @Argument String after,
                                      DataFetchingEnvironment environment) {
        String text = query == null ? null : checkedText(query, "query", MAX_QUERY_LENGTH); // none: browse
        int size = PageRequest.of(first, null).first();
        LatLon point = near == null ? null : point(near.getLat(), near.getLon(), "near");
        double radius = near == null || near.getRadiusKm() == null ? DEFAULT_RADIUS_KM : near.getRadiusKm();
        if (near != null && (radius < MIN_RADIUS_KM || radius > MAX_RADIUS_KM)) {
            throw new InvalidArgumentException("near.radiusKm", "半径须在 0.1 到 50 公里之间 / radiusKm must be between "
                    + MIN_RADIUS_KM + " and " + MAX_RADIUS_KM);
        }
        BusinessSearchSort order = sort == null ? BusinessSearchSort.RELEVANCE : sort;
        if (order == BusinessSearchSort.DISTANCE && point == null) {
            throw new InvalidArgumentException("sort", "按距离排序须给出 near / DISTANCE needs near");
        }
        BusinessSearchFilter f = filter == null ? new BusinessSearchFilter() : filter;
        List<String> townshipCodes = f.getTownships() == null ? List.of() : f.getTownships();
        townshipCodes.stream().filter(code -> townships.find(code).isEmpty()).findFirst().ifPresent(code -> {
            throw new InvalidArgumentException("filter.townships", "没有这个乡镇 / No such township: " + code);
        });
        List<BusinessStatus> statuses = f.getStatuses() == null ? List.of(BusinessStatus.OPEN) : f.getStatuses();
        if (statuses.isEmpty()) {
            throw new InvalidArgumentException("filter.statuses", "至少给出一个状态 / Give at least one status");
        }
        LocalDate staleBefore = Boolean.TRUE.equals(f.getStaleOnly())
                ? LocalDate.now(COUNTY_TIME).minusMonths(ratingPolicy.scheme().staleAfterMonths())
                : null;
        BusinessQuery request = new BusinessQuery(text,
                f.getTrades() == null ? List.of() : f.getTrades().stream().map(Enum::name).toList(),
                townshipCodes,
                f.getRatingAtLeast() == null ? null : BusinessDocument.rankOf(f.getRatingAtLeast().name()),
                statuses.stream().map(Enum::name).toList(), staleBefore, point, radius,
                BusinessQuery.Sort.valueOf(order.name()), size, after, SelectedCounts.of(environment));
        BusinessHits hits;
        try {
            hits = search.search(request);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("after", "不是本搜索与排序的游标 / Not a cursor of this search order: " + after);
        }
        Map<Long, Business> byKey = registry.findAll(hits.hits().stream().map(BusinessHits.Hit::businessId).toList())
                .stream().collect(Collectors.toMap(Business::key, Function.identity()));
        List<SearchEdge> edges = hits.hits().stream()
                .filter(hit -> byKey.containsKey(hit.businessId()))
                .map(hit -> new SearchEdge(hit.cursor(), byKey.get(hit.businessId()), hit.distanceKm(),
                        hit.highlightedName(), hit.highlightedShopSignName()))
                .toList();
        return new SearchConnection(edges, new Connection.PageInfo(hits.hasMore(), after != null,
                edges.isEmpty() ? null : edges.getFirst().cursor(),
                edges.isEmpty() ? null : edges.getLast().cursor()), hits.total(), facets(hits.facets()),
                hits.approximate());
    }

    @QueryMapping
    List<NameSuggestion> suggestBusinessNames(@Argument String prefix, @Argument GeoPointInput near,
                                              @Argument Integer first) {
        String text = checkedText(prefix, "prefix", MAX_PREFIX_LENGTH);
        int size = first == null ? MAX_SUGGESTIONS : first;
        if (size < 1 || size > MAX_SUGGESTIONS) {
            throw new InvalidArgumentException("first", "first 须在 1 到 " + MAX_SUGGESTIONS + " 之间 / first must be between 1 and "
                    + MAX_SUGGESTIONS);
        }
        LatLon point = near == null ? null : point(near.getLat(), near.getLon(), "near");
        List<BusinessSuggestion> suggestions = search.suggest(text, point, size);
        Map<Long, Business> byKey = registry.findAll(suggestions.stream().map(BusinessSuggestion::businessId).toList())
                .stream().collect(Collectors.toMap(Business::key, Function.identity()));
        return suggestions.stream()
                .filter(s -> byKey.containsKey(s.businessId()))
                .map(s -> new NameSuggestion(Objects.requireNonNullElse(s.name(), byKey.get(s.businessId()).name()),
                        byKey.get(s.businessId())))
                .toList();
    }

    private SearchFacets facets(BusinessHits.Facets facets) {
        return new SearchFacets(
                facets.trades().stream().map(b -> new TradeFacet(Trade.valueOf(b.value()), b.count())).toList(),
                facets.townships().stream()
                        .map(b -> new TownshipFacet(b.value(), townships.find(b.value()).orElse(null), b.count())).toList(),
                facets.ratings().stream()
                        .map(b -> new RatingFacet(b.value() == null ? null : RatingGrade.valueOf(b.value()), b.count()))
                        .toList());
    }

    private static String checkedText(String value, String argument, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.codePointCount(0, text.length()) > max) {
            throw new InvalidArgumentException(argument, argument + " 须为 1 到 " + max + " 个字符 / " + argument
                    + " must be 1 to " + max + " characters");
        }
        return text;
    }

    private static LatLon point(Double lat, Double lon, String argument) {
        if (lat == null || lat < -90 || lat > 90) {
            throw new InvalidArgumentException(argument + ".lat", "纬度须在 −90 到 90 之间 / lat must be between -90 and 90");
        }
        if (lon == null || lon < -180 || lon > 180) {
            throw new InvalidArgumentException(argument + ".lon", "经度须在 −180 到 180 之间 / lon must be between -180 and 180");
        }
        return new LatLon(lat, lon);
    }
}
