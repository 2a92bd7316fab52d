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
                                    @Argument String before, @Argument BusinessFilter filter,
                                    @Argument cn.gov.yongjia.shixiao.schema.types.BusinessOrder orderBy) {
        if (orderBy == cn.gov.yongjia.shixiao.schema.types.BusinessOrder.RECENTLY_CHANGED) {
            if (last != null || before != null) {
                throw new InvalidArgumentException("last", "RECENTLY_CHANGED 只能用 first/after 翻页 / RECENTLY_CHANGED pages with first/after only");
            }
            return recentlyChanged(first, after, filter);
        }
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

    /**
     * Most recently changed first, keyset-paged on (updated_at, id): the cursor holds both, so a change made while a
     * partner pages moves that business to the front and never makes another one skipped or repeated in between.
     */
    private Connection<Business> recentlyChanged(Integer first, String after, BusinessFilter filter) {
        PageRequest page = PageRequest.of(first, null);
        ChangeCursor cursor = after == null ? null : ChangeCursor.decode(after);
        Where where = where(filter);
        String sql = "select b.id, b.updated_at from business b" + where.join() + " where " + where.conditions()
                + (cursor == null ? "" : " and (b.updated_at, b.id) < (:changedAt, :afterId)")
                + " order by b.updated_at desc, b.id desc limit :limit";
        var spec = where.bind(jdbc.sql(sql)).param("limit", page.first() + 1);
        if (cursor != null) {
            spec.param("changedAt", cursor.changedAt()).param("afterId", cursor.key());
        }
        List<ChangeCursor> rows = spec.query((rs, n) -> new ChangeCursor(rs.getObject(2, java.time.OffsetDateTime.class),
                rs.getLong(1))).list();
        boolean hasNext = rows.size() > page.first();
        List<ChangeCursor> shown = rows.stream().limit(page.first()).toList();
        var byKey = registry.findAllInOrder(shown.stream().map(ChangeCursor::key).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(Business::key, b -> b));
        List<Connection.Edge<Business>> edges = shown.stream().filter(c -> byKey.containsKey(c.key()))
                .map(c -> new Connection.Edge<>(c.encode(), byKey.get(c.key()))).toList();
        long total = where.bind(jdbc.sql("select count(*) from business b" + where.join() + " where " + where.conditions()))
                .query(Long.class).single();
        return new Connection<>(edges, new Connection.PageInfo(hasNext, cursor != null,
                edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor()), total);
    }

    /** A position in the recently-changed order. */
    private record ChangeCursor(java.time.OffsetDateTime changedAt, long key) {

        String encode() {
            long micros = java.util.concurrent.TimeUnit.SECONDS.toMicros(changedAt.toEpochSecond()) + changedAt.getNano() / 1000;
            return java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("c1:" + micros + ":" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        static ChangeCursor decode(String cursor) {
            try {
                String[] parts = new String(java.util.Base64.getUrlDecoder().decode(cursor), java.nio.charset.StandardCharsets.UTF_8).split(":");
                if (parts.length != 3 || !parts[0].equals("c1")) {
                    throw new IllegalArgumentException();
                }
                long micros = Long.parseLong(parts[1]);
                var instant = java.time.Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1000);
                return new ChangeCursor(instant.atOffset(java.time.ZoneOffset.UTC), Long.parseLong(parts[2]));
            } catch (IllegalArgumentException e) {
                throw new InvalidArgumentException("after", "不是有效的游标 / Not a valid cursor: " + cursor);
            }
        }
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
