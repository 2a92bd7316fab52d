package cn.gov.yongjia.shixiao.graphqlapi.statistics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import cn.gov.yongjia.shixiao.graphqlapi.api.InvalidArgumentException;
import cn.gov.yongjia.shixiao.graphqlapi.rating.RatingPolicy;
import cn.gov.yongjia.shixiao.graphqlapi.rating.RatingProperties;
import cn.gov.yongjia.shixiao.graphqlapi.region.Township;
import cn.gov.yongjia.shixiao.graphqlapi.region.Townships;
import cn.gov.yongjia.shixiao.schema.types.RatingGrade;
import cn.gov.yongjia.shixiao.schema.types.Trade;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The public figures ({@code statistics}): only the parts a request selects are computed, each with one SQL
 * statement, for the whole county or one township, as of today in county time.
 */
@Controller
class StatisticsController {

    private static final ZoneId COUNTY_TIME = ZoneId.of("Asia/Shanghai");
    static final int MAX_QUARTERS = 40;

    /** What a {@code Statistics} object stands for: a scope and a day. */
    record Scope(String townshipCode, Township township, LocalDate asOf) {
    }

    record GradeCount(RatingGrade grade, int count) {
    }

    record Distribution(Trade trade, Township township, String name, String nameEn, List<GradeCount> grades, int pending,
                        int stale, int total) {
    }

    record QuarterInspections(int year, int quarter, LocalDate startsOn, LocalDate endsOn, int inspections,
                              int businessesInspected) {
    }

    record InspectionCoverage(int year, int quarter, LocalDate startsOn, int openBusinesses, int inspected, double share) {
    }

    private final StatisticsQueries queries;
    private final Townships townships;
    private final RatingPolicy ratings;

    StatisticsController(StatisticsQueries queries, Townships townships, RatingPolicy ratings) {
        this.queries = queries;
        this.townships = townships;
        this.ratings = ratings;
    }

    @QueryMapping
    Scope statistics(@Argument String townshipCode) {
        String code = townshipCode == null || townshipCode.isBlank() ? null : townshipCode.strip();
        Township township = code == null ? null : townships.find(code)
                .orElseThrow(() -> new InvalidArgumentException("townshipCode", "No township has the code " + code));
        return new Scope(code, township, LocalDate.now(COUNTY_TIME));
    }

    @SchemaMapping(typeName = "Statistics")
    StatisticsQueries.Headline headline(Scope scope) {
        return queries.headline(scope.townshipCode(), ratings.scheme(), scope.asOf(), staleBefore(scope));
    }

    @SchemaMapping(typeName = "Statistics")
    List<Distribution> ratingsByTrade(Scope scope) {
        Map<String, List<StatisticsQueries.GradeGroup>> byTrade = new LinkedHashMap<>();
        for (var group : queries.gradesByTrade(scope.townshipCode(), ratings.scheme(), staleBefore(scope))) {
            byTrade.computeIfAbsent(group.key(), k -> new ArrayList<>()).add(group);
        }
        return byTrade.values().stream()
                .map(groups -> distribution(Trade.valueOf(groups.getFirst().key()), null, groups.getFirst().name(),
                        groups.getFirst().nameEn(), groups))
                .toList();
    }

    @SchemaMapping(typeName = "Statistics")
    List<Distribution> ratingsByTownship(Scope scope) {
        Map<String, List<StatisticsQueries.GradeGroup>> byTownship = new LinkedHashMap<>();
        for (var group : queries.gradesByTownship(scope.townshipCode(), ratings.scheme(), staleBefore(scope))) {
            byTownship.computeIfAbsent(group.key(), k -> new ArrayList<>()).add(group);
        }
        List<Township> inScope = scope.township() == null ? townships.all() : List.of(scope.township());
        Stream<Distribution> known = inScope.stream().map(t -> distribution(null, t, t.name(), t.nameEn(),
                byTownship.getOrDefault(t.code(), List.of())));
        Stream<Distribution> none = byTownship.containsKey(null)
                ? Stream.of(distribution(null, null, "未登记乡镇", "No township recorded", byTownship.get(null)))
                : Stream.empty();
        return Stream.concat(known, none).toList();
    }

    @SchemaMapping(typeName = "Statistics")
    List<QuarterInspections> inspectionsPerQuarter(Scope scope, @Argument Integer quarters) {
        int count = quarters == null ? 8 : quarters;
        if (count < 1 || count > MAX_QUARTERS) {
            throw new InvalidArgumentException("quarters", "quarters must be between 1 and " + MAX_QUARTERS);
        }
        LocalDate current = quarterStart(scope.asOf());
        return queries.perQuarter(scope.townshipCode(), current.minusMonths(3L * (count - 1)), current).stream()
                .map(q -> new QuarterInspections(q.startsOn().getYear(), quarterOf(q.startsOn()), q.startsOn(),
                        q.startsOn().plusMonths(3).minusDays(1), q.inspections(), q.businessesInspected()))
                .toList();
    }

    @SchemaMapping(typeName = "Statistics")
    InspectionCoverage inspectedThisQuarter(Scope scope) {
        LocalDate start = quarterStart(scope.asOf());
        StatisticsQueries.Coverage coverage = queries.coverage(scope.townshipCode(), start);
        double share = coverage.openBusinesses() == 0 ? 0 : (double) coverage.inspected() / coverage.openBusinesses();
        return new InspectionCoverage(start.getYear(), quarterOf(start), start, coverage.openBusinesses(),
                coverage.inspected(), share);
    }

    private Distribution distribution(Trade trade, Township township, String name, String nameEn,
                                      List<StatisticsQueries.GradeGroup> groups) {
        RatingProperties scheme = ratings.scheme();
        List<RatingGrade> order = Stream.concat(scheme.bands().stream().map(RatingProperties.Band::grade),
                Stream.of(RatingGrade.RECTIFY)).toList();
        List<GradeCount> grades = order.stream()
                .map(grade -> new GradeCount(grade, groups.stream().filter(g -> grade.name().equals(g.grade()))
                        .mapToInt(StatisticsQueries.GradeGroup::count).sum()))
                .toList();
        int pending = groups.stream().filter(g -> g.grade() == null).mapToInt(StatisticsQueries.GradeGroup::count).sum();
        int stale = groups.stream().filter(g -> g.grade() != null).mapToInt(StatisticsQueries.GradeGroup::stale).sum();
        int total = pending + grades.stream().mapToInt(GradeCount::count).sum();
        return new Distribution(trade, township, Objects.requireNonNull(name), Objects.requireNonNull(nameEn), grades,
                pending, stale, total);
    }

    private LocalDate staleBefore(Scope scope) {
        return scope.asOf().minusMonths(ratings.scheme().staleAfterMonths());
    }

    static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), (quarterOf(day) - 1) * 3 + 1, 1);
    }

    static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }
}
