package cn.gov.yongjia.shixiao.graphqlapi.directory;

import java.util.ArrayList;
import java.util.List;

import cn.gov.yongjia.shixiao.graphqlapi.api.InvalidArgumentException;
import cn.gov.yongjia.shixiao.graphqlapi.business.Business;
import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessRegistry;
import cn.gov.yongjia.shixiao.graphqlapi.rating.RatingProperties;
import cn.gov.yongjia.shixiao.graphqlapi.relay.Connection;
import cn.gov.yongjia.shixiao.graphqlapi.relay.PageRequest;
import cn.gov.yongjia.shixiao.schema.types.BusinessFilter;
import cn.gov.yongjia.shixiao.schema.types.BusinessStatus;
import cn.gov.yongjia.shixiao.schema.types.RatingGrade;
import cn.gov.yongjia.shixiao.schema.types.Trade;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;

/**
 * {@code businesses}: the register as a Relay connection, filtered in PostgreSQL (keyset paging both ways, never
 * OFFSET). Rating filters follow the rating policy: the newest public inspection of an open business, when it is
 * published (not under appeal), decides the grade.
 */
@Controller
class DirectoryController {

    private final JdbcClient jdbc;
    private final BusinessRegistry registry;
    private final RatingProperties scheme;

    DirectoryController(JdbcClient jdbc, BusinessRegistry registry, RatingProperties scheme) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.scheme = scheme;
    }

    @QueryMapping
    Connection<Business> businesses(@Argument Integer first, @Argument String after, @Argument Integer last,
                                    @Argument String before, @Argument BusinessFilter filter) {
        PageRequest page = PageRequest.of(first, after, last, before);
        Where where = where(filter);
        StringBuilder keys = new StringBuilder("select b.id from business b").append(where.join()).append(" where ")
                .append(where.conditions());
        if (page.afterKey() != null) {
            keys.append(" and b.id > :after");
        }
        if (page.beforeKey() != null) {
            keys.append(" and b.id < :before");
        }
        keys.append(page.backward() ? " order by b.id desc" : " order by b.id").append(" limit :limit");
        var keyQuery = where.bind(jdbc.sql(keys.toString()))
                .param("after", page.afterKey())
                .param("before", page.beforeKey())
                .param("limit", page.first() + 1);
        List<Long> ids = keyQuery.query(Long.class).list();
        long total = where.bind(jdbc.sql("select count(*) from business b" + where.join() + " where " + where.conditions()))
                .query(Long.class).single();
        return Connection.of(registry.findAllInOrder(ids), page, Business::key, total);
    }

    /** The SQL of a filter, with its parameters. */
    private record Where(String join, String conditions, java.util.Map<String, Object> params) {

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            params.forEach(spec::param);
            return spec;
        }
    }

    private Where where(BusinessFilter filter) {
        List<String> conditions = new ArrayList<>(List.of("true"));
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        String join = "";
        if (filter != null) {
            limit(filter.getTrades(), 10, "trades");
            limit(filter.getTownshipCodes(), 30, "townshipCodes");
            if (filter.getTrades() != null && !filter.getTrades().isEmpty()) {
                conditions.add("b.trade = any(:trades)");
                params.put("trades", filter.getTrades().stream().map(Trade::name).toArray(String[]::new));
            }
            if (filter.getTownshipCodes() != null && !filter.getTownshipCodes().isEmpty()) {
                conditions.add("b.township_code = any(:townships)");
                params.put("townships", filter.getTownshipCodes().toArray(String[]::new));
            }
            if (filter.getStatuses() != null && !filter.getStatuses().isEmpty()) {
                conditions.add("b.status = any(:statuses)");
                params.put("statuses", filter.getStatuses().stream().map(BusinessStatus::name).toArray(String[]::new));
            }
            if (filter.getChangedSince() != null) {
                conditions.add("b.updated_at >= :changedSince");
                params.put("changedSince", filter.getChangedSince());
            }
            if (filter.getDemo() != null) {
                conditions.add("b.demo = :demo");
                params.put("demo", filter.getDemo());
            }
            List<String> graded = new ArrayList<>();
            if (filter.getRatings() != null && !filter.getRatings().isEmpty()) {
                graded.add("(" + String.join(" or ", filter.getRatings().stream().map(this::range).toList()) + ")");
            }
            if (filter.getRatingAtLeast() != null) {
                graded.add("newest.total_score >= " + minScore(filter.getRatingAtLeast()));
            }
            if (!graded.isEmpty()) {
                join = " " + """
                         left join lateral (select i.hygiene_score + i.facilities_score + i.management_score as total_score,
                            i.publication_status from inspection i
                            where i.business_id = b.id and i.publication_status <> 'DRAFT'
                            order by i.inspected_on desc, i.id desc limit 1) newest on true""";
                conditions.add("b.status = 'OPEN' and newest.publication_status = 'PUBLISHED'");
                conditions.addAll(graded);
            }
        }
        return new Where(join, String.join(" and ", conditions), params);
    }

    /** SQL condition for one grade: its band's scores, or below the lowest band for RECTIFY. */
    private String range(RatingGrade grade) {
        List<RatingProperties.Band> bands = scheme.bands();
        if (grade == RatingGrade.RECTIFY) {
            return "newest.total_score < " + bands.getLast().minScore();
        }
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).grade() == grade) {
                return "(newest.total_score >= " + bands.get(i).minScore()
                        + (i == 0 ? "" : " and newest.total_score < " + bands.get(i - 1).minScore()) + ")";
            }
        }
        return "false"; // a grade the county's scheme does not use
    }

    private int minScore(RatingGrade grade) {
        if (grade == RatingGrade.RECTIFY) {
            return 0;
        }
        return scheme.bands().stream().filter(b -> b.grade() == grade).mapToInt(RatingProperties.Band::minScore)
                .findFirst().orElse(Integer.MAX_VALUE);
    }

    private static void limit(List<?> values, int max, String field) {
        if (values != null && values.size() > max) {
            throw new InvalidArgumentException("filter." + field, "最多 " + max + " 项 / At most " + max + " values");
        }
    }

}
