package cn.gov.yongjia.shixiao.portal.figures;

import cn.gov.yongjia.shixiao.portal.api.GraphQlApi;
import cn.gov.yongjia.shixiao.schema.client.StatisticsGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.StatisticsProjectionRoot;
import cn.gov.yongjia.shixiao.schema.types.Statistics;
import org.springframework.stereotype.Service;

/** The county's figures for the figures page: everything it shows in one GraphQL request. */
@Service
public class Figures {

    /** Quarters the inspections chart shows: two years. */
    public static final int QUARTERS = 8;

    private final GraphQlApi api;

    Figures(GraphQlApi api) {
        this.api = api;
    }

    /** The whole county's figures as of today. */
    public Statistics county() {
        var root = new StatisticsProjectionRoot<>();
        root.asOf();
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
        return api.query(StatisticsGraphQLQuery.newRequest().build(), root, Statistics.class);
    }
}
