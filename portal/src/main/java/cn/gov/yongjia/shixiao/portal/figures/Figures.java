package cn.gov.yongjia.shixiao.portal.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.yongjia.shixiao.portal.api.ApiUnavailableException;
import cn.gov.yongjia.shixiao.portal.api.GraphQlApi;
import cn.gov.yongjia.shixiao.schema.client.StatisticsGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.StatisticsProjectionRoot;
import cn.gov.yongjia.shixiao.schema.client.TownshipsGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.TownshipsProjectionRoot;
import cn.gov.yongjia.shixiao.schema.types.Statistics;
import cn.gov.yongjia.shixiao.schema.types.Township;
import org.springframework.stereotype.Service;

/**
 * The figures for the figures page, of the whole county or of one township, with the townships to choose from:
 * everything it shows in one GraphQL request.
 */
@Service
public class Figures {

    /** Quarters the inspections chart shows: two years. */
    public static final int QUARTERS = 8;

    private final GraphQlApi api;

    Figures(GraphQlApi api) {
        this.api = api;
    }

    /**
     * The figures as of today, of one township (its code) or of the whole county (null). A code the API does not know
     * (a mistyped link) gives the county's figures, which the answer then says it shows.
     */
    public Page of(String townshipCode) {
        Map<String, GraphQlApi.Part> parts = new LinkedHashMap<>();
        parts.put("statistics", statistics(townshipCode));
        var townships = new TownshipsProjectionRoot<>();
        townships.code().name().nameEn();
        parts.put("townships", new GraphQlApi.Part(TownshipsGraphQLQuery.newRequest().build(), townships));
        GraphQlApi.Answer answer = api.queryAll(parts);
        Statistics statistics;
        try {
            statistics = answer.get("statistics", Statistics.class);
        } catch (ApiUnavailableException e) {
            if (townshipCode != null && "INVALID_ARGUMENT".equals(e.code())) {
                return of(null);
            }
            throw e;
        }
        return new Page(statistics, answer.list("townships", Township.class));
    }

    /** What the page shows: the figures (their {@code township} null for the county) and the townships to choose. */
    public record Page(Statistics statistics, List<Township> townships) {
    }

    private static GraphQlApi.Part statistics(String townshipCode) {
        var root = new StatisticsProjectionRoot<>();
        root.asOf();
        root.township().code().name().nameEn();
        root.headline().businesses().openBusinesses().ratedBusinesses().staleRatings().publicInspections()
                .inspectionsThisYear().violationsThisYear();
        var byTrade = root.ratingsByTrade();
        byTrade.trade(); // an enum is a sub-projection too: nothing may be chained after it (STACK.md #4)
        byTrade.name().nameEn().pending().stale().total();
        var tradeGrades = byTrade.grades();
        tradeGrades.grade();
        tradeGrades.count();
        var byTownship = root.ratingsByTownship();
        byTownship.name().nameEn().pending().stale().total();
        byTownship.township().code();
        var townshipGrades = byTownship.grades();
        townshipGrades.grade();
        townshipGrades.count();
        root.inspectionsPerQuarter(QUARTERS).year().quarter().startsOn().endsOn().inspections().businessesInspected();
        root.inspectedThisQuarter().year().quarter().startsOn().openBusinesses().inspected().share();
        var query = StatisticsGraphQLQuery.newRequest();
        if (townshipCode != null) {
            query.townshipCode(townshipCode);
        }
        return new GraphQlApi.Part(query.build(), root);
    }
}
