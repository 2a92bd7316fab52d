package cn.gov.yongjia.shixiao.graphqlapi.statistics;

import java.time.LocalDate;
import java.util.List;

import cn.gov.yongjia.shixiao.graphqlapi.rating.RatingProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures, each one SQL statement over the whole register (no row per business reaches Java). The current grade
 * is worked out in SQL by the same rules as {@code RatingPolicy}: the newest public inspection that stands (published
 * or under appeal, never annulled, never a draft) rates the business; pending when there is none, when it is under
 * appeal, or when the business is suspended; closed businesses are left out. The score bands come from the
 * configured scheme, so a county that changes its bands changes these figures too.
 */
@Component
class StatisticsQueries {

    /** Per business not closed: its trade, township, grade (null while pending) and whether that rating is stale. */
    private static final String CURRENT_GRADES = """
            with newest as (
                select distinct on (i.business_id) i.business_id, i.publication_status, i.inspected_on,
                       i.hygiene_score + i.facilities_score + i.management_score as total
                from inspection i
                where i.publication_status in ('PUBLISHED', 'UNDER_APPEAL')
                order by i.business_id, i.inspected_on desc, i.id desc
            ), graded as (
                select b.trade, b.township_code,
                       case when b.status = 'SUSPENDED' or n.business_id is null or n.publication_status = 'UNDER_APPEAL'
                            then null
                            else coalesce((select band.grade from unnest(:bandGrades, :bandMinScores) as band(grade, min_score)
                                           where n.total >= band.min_score order by band.min_score desc limit 1), 'RECTIFY')
                       end as grade,
                       n.inspected_on < :staleBefore as stale
                from business b
                left join newest n on n.business_id = b.id
                where b.status <> 'CLOSED' and (cast(:township as varchar) is null or b.township_code = :township)
            )
            """;

    /** One group of a distribution: a trade or township code (null: none recorded), a grade (null: pending). */
    record GradeGroup(String key, String name, String nameEn, String grade, int count, int stale) {
    }

    record Headline(int businesses, int openBusinesses, int ratedBusinesses, int staleRatings, int publicInspections,
                    int inspectionsThisYear, int violationsThisYear) {
    }

    record Quarter(LocalDate startsOn, int inspections, int businessesInspected) {
    }

    record Coverage(int openBusinesses, int inspected) {
    }

    private final JdbcClient jdbc;

    StatisticsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Grades per trade: every trade (official order, names included), with a null grade for pending. */
    List<GradeGroup> gradesByTrade(String township, RatingProperties scheme, LocalDate staleBefore) {
        return bands(jdbc.sql(CURRENT_GRADES + """
                        select t.code as key, t.name, t.name_en, g.grade, count(g.trade) as n,
                               count(g.trade) filter (where g.stale) as stale
                        from trade t left join graded g on g.trade = t.code
                        group by t.position, t.code, t.name, t.name_en, g.grade
                        order by t.position"""), scheme, staleBefore, township)
                .query((rs, n) -> new GradeGroup(rs.getString("key"), rs.getString("name"), rs.getString("name_en"),
                        rs.getString("grade"), rs.getInt("n"), rs.getInt("stale")))
                .list();
    }

    /** Grades per township code (null: no township recorded); names come from the township cache. */
    List<GradeGroup> gradesByTownship(String township, RatingProperties scheme, LocalDate staleBefore) {
        return bands(jdbc.sql(CURRENT_GRADES + """
                        select township_code as key, grade, count(*) as n, count(*) filter (where stale) as stale
                        from graded group by township_code, grade"""), scheme, staleBefore, township)
                .query((rs, n) -> new GradeGroup(rs.getString("key"), null, null, rs.getString("grade"), rs.getInt("n"),
                        rs.getInt("stale")))
                .list();
    }

    private static JdbcClient.StatementSpec bands(JdbcClient.StatementSpec statement, RatingProperties scheme,
                                                  LocalDate staleBefore, String township) {
        return statement
                .param("bandGrades", scheme.bands().stream().map(b -> b.grade().name()).toArray(String[]::new))
                .param("bandMinScores", scheme.bands().stream().map(RatingProperties.Band::minScore).toArray(Integer[]::new))
                .param("staleBefore", staleBefore)
                .param("township", township);
    }

    Headline headline(String township, RatingProperties scheme, LocalDate today, LocalDate staleBefore) {
        return bands(jdbc.sql(CURRENT_GRADES + """
                        , inspected as (
                            select i.id, i.inspected_on
                            from inspection i join business b on b.id = i.business_id
                            where i.publication_status in ('PUBLISHED', 'UNDER_APPEAL')
                              and (cast(:township as varchar) is null or b.township_code = :township)
                        )
                        select (select count(*) from graded) as businesses,
                               (select count(*) from business b where b.status = 'OPEN'
                                  and (cast(:township as varchar) is null or b.township_code = :township)) as open_businesses,
                               (select count(*) from graded where grade is not null) as rated,
                               (select count(*) from graded where grade is not null and stale) as stale,
                               (select count(*) from inspected) as inspections,
                               (select count(*) from inspected where inspected_on >= :yearStart) as inspections_this_year,
                               (select count(*) from inspection_violation v join inspected on inspected.id = v.inspection_id
                                  where inspected.inspected_on >= :yearStart) as violations_this_year"""),
                        scheme, staleBefore, township)
                .param("yearStart", today.withDayOfYear(1))
                .query((rs, n) -> new Headline(rs.getInt("businesses"), rs.getInt("open_businesses"), rs.getInt("rated"),
                        rs.getInt("stale"), rs.getInt("inspections"), rs.getInt("inspections_this_year"),
                        rs.getInt("violations_this_year")))
                .single();
    }

    /** Public inspections per quarter from {@code firstQuarter} to {@code lastQuarter} (first days), zeros included. */
    List<Quarter> perQuarter(String township, LocalDate firstQuarter, LocalDate lastQuarter) {
        return jdbc.sql("""
                        select q.starts_on::date as starts_on, count(i.id) as inspections, count(distinct i.business_id) as businesses
                        from generate_series(cast(:first as date), cast(:last as date), interval '3 months') as q(starts_on)
                        left join (select i.id, i.business_id, i.inspected_on
                                   from inspection i join business b on b.id = i.business_id
                                   where i.publication_status in ('PUBLISHED', 'UNDER_APPEAL')
                                     and (cast(:township as varchar) is null or b.township_code = :township)) i
                               on i.inspected_on >= q.starts_on and i.inspected_on < q.starts_on + interval '3 months'
                        group by q.starts_on
                        order by q.starts_on""")
                .param("first", firstQuarter)
                .param("last", lastQuarter)
                .param("township", township)
                .query((rs, n) -> new Quarter(rs.getObject("starts_on", LocalDate.class), rs.getInt("inspections"),
                        rs.getInt("businesses")))
                .list();
    }

    /** Open businesses, and how many of them had a public inspection since {@code quarterStart}. */
    Coverage coverage(String township, LocalDate quarterStart) {
        return jdbc.sql("""
                        select count(*) as open_businesses,
                               count(*) filter (where exists (
                                   select 1 from inspection i where i.business_id = b.id
                                     and i.publication_status in ('PUBLISHED', 'UNDER_APPEAL')
                                     and i.inspected_on >= :quarterStart)) as inspected
                        from business b
                        where b.status = 'OPEN' and (cast(:township as varchar) is null or b.township_code = :township)""")
                .param("quarterStart", quarterStart)
                .param("township", township)
                .query((rs, n) -> new Coverage(rs.getInt("open_businesses"), rs.getInt("inspected")))
                .single();
    }
}
