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
        if (orderBy == cn.gov.yongjia.shixiao.schema.types.BusinessOrder.NAME
                || orderBy == cn.gov.yongjia.shixiao.schema.types.BusinessOrder.RATING) {
            return sorted(orderBy, first, after, last, before, filter);
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

    /**
     * By name (pinyin, through ICU's Chinese collation {@code zh-x-icu}) or by rating (best first, pending last, then by
     * name), keyset-paged both ways on (rank, name, id): the cursor holds all three, so businesses registered while a
     * client pages never make another one skipped or repeated. For NAME the rank is always 0.
     */
    private Connection<Business> sorted(cn.gov.yongjia.shixiao.schema.types.BusinessOrder order, Integer first,
                                        String after, Integer last, String before, BusinessFilter filter) {
        PageRequest size = PageRequest.of(first, null, last, null); // checks first/last only
        SortCursor afterCursor = after == null ? null : SortCursor.decode(after, order, "after");
        SortCursor beforeCursor = before == null ? null : SortCursor.decode(before, order, "before");
        boolean byRating = order == cn.gov.yongjia.shixiao.schema.types.BusinessOrder.RATING;
        Where where = where(filter, byRating);
        String key = "(r.rank, r.name collate \"zh-x-icu\", r.id)";
        StringBuilder sql = new StringBuilder("select r.id, r.rank, r.name from (select b.id, b.name, ")
                .append(byRating ? rank() : "0").append(" as rank from business b").append(where.join())
                .append(" where ").append(where.conditions()).append(") r where true");
        if (afterCursor != null) {
            sql.append(" and ").append(key).append(" > (:afterRank, cast(:afterName as varchar) collate \"zh-x-icu\", :afterId)");
        }
        if (beforeCursor != null) {
            sql.append(" and ").append(key).append(" < (:beforeRank, cast(:beforeName as varchar) collate \"zh-x-icu\", :beforeId)");
        }
        String direction = size.backward() ? " desc" : "";
        sql.append(" order by r.rank").append(direction).append(", r.name collate \"zh-x-icu\"").append(direction)
                .append(", r.id").append(direction).append(" limit :limit");
        var spec = where.bind(jdbc.sql(sql.toString())).param("limit", size.first() + 1);
        if (afterCursor != null) {
            spec.param("afterRank", afterCursor.rank()).param("afterName", afterCursor.name()).param("afterId", afterCursor.key());
        }
        if (beforeCursor != null) {
            spec.param("beforeRank", beforeCursor.rank()).param("beforeName", beforeCursor.name())
                    .param("beforeId", beforeCursor.key());
        }
        List<SortCursor> rows = spec.query((rs, n) -> new SortCursor(order, rs.getInt(2), rs.getString(3), rs.getLong(1)))
                .list();
        boolean more = rows.size() > size.first();
        List<SortCursor> shown = new ArrayList<>(rows.stream().limit(size.first()).toList());
        if (size.backward()) {
            java.util.Collections.reverse(shown);
        }
        var byKey = registry.findAllInOrder(shown.stream().map(SortCursor::key).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(Business::key, b -> b));
        List<Connection.Edge<Business>> edges = shown.stream().filter(c -> byKey.containsKey(c.key()))
                .map(c -> new Connection.Edge<>(c.encode(), byKey.get(c.key()))).toList();
        long total = where.bind(jdbc.sql("select count(*) from business b" + where.join() + " where " + where.conditions()))
                .query(Long.class).single();
        boolean hasNext = size.backward() ? beforeCursor != null : more;
        boolean hasPrevious = size.backward() ? more : afterCursor != null;
        return new Connection<>(edges, new Connection.PageInfo(hasNext, hasPrevious,
                edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor()), total);
    }

    /**
     * The rating rank in SQL, as {@link cn.gov.yongjia.shixiao.graphqlapi.rating.RatingPolicy} grades: 0 for the best
     * band, one more per band below, then RECTIFY, then pending (not open, never inspected, or under appeal).
     */
    private String rank() {
        List<RatingProperties.Band> bands = scheme.bands();
        StringBuilder sql = new StringBuilder("case when b.status <> 'OPEN' or newest.publication_status is distinct from "
                + "'PUBLISHED' then ").append(bands.size() + 1);
        for (int i = 0; i < bands.size(); i++) {
            sql.append(" when newest.total_score >= ").append(bands.get(i).minScore()).append(" then ").append(i);
        }
        return sql.append(" else ").append(bands.size()).append(" end").toString();
    }

    /** A position in the NAME or RATING order. */
    private record SortCursor(cn.gov.yongjia.shixiao.schema.types.BusinessOrder order, int rank, String name, long key) {

        String encode() {
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(("s1:" + order.name() + ":" + rank + ":"
                    + key + ":" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        static SortCursor decode(String cursor, cn.gov.yongjia.shixiao.schema.types.BusinessOrder order, String argument) {
            try {
                String[] parts = new String(java.util.Base64.getUrlDecoder().decode(cursor),
                        java.nio.charset.StandardCharsets.UTF_8).split(":", 5);
                if (parts.length != 5 || !parts[0].equals("s1") || !parts[1].equals(order.name())) {
                    throw new IllegalArgumentException();
                }
                return new SortCursor(order, Integer.parseInt(parts[2]), parts[4], Long.parseLong(parts[3]));
            } catch (IllegalArgumentException e) {
                throw new InvalidArgumentException(argument, "不是此排序的有效游标 / Not a valid cursor of the " + order
                        + " order: " + cursor);
            }
        }
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
        return where(filter, false);
    }

    private static final String NEWEST_PUBLIC_INSPECTION = " " + """
            left join lateral (select i.hygiene_score + i.facilities_score + i.management_score as total_score,
               i.publication_status from inspection i
               where i.business_id = b.id and i.publication_status not in ('DRAFT', 'ANNULLED')
               order by i.inspected_on desc, i.id desc limit 1) newest on true""";

    /** @param newest whether the newest public inspection ({@code newest}) must be joined, for the RATING order */
    private Where where(BusinessFilter filter, boolean newest) {
        List<String> conditions = new ArrayList<>(List.of("true"));
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        String join = newest ? NEWEST_PUBLIC_INSPECTION : "";
        if (filter != null) {
            limit(filter.getVillageCodes(), 30, "villageCodes");
            limit(filter.getGridCellCodes(), 30, "gridCellCodes");
            limit(filter.getSupervisingOfficeCodes(), 30, "supervisingOfficeCodes");
            if (filter.getVillageCodes() != null && !filter.getVillageCodes().isEmpty()) {
                conditions.add("b.village_code = any(:villages)");
                params.put("villages", filter.getVillageCodes().toArray(String[]::new));
            }
            if (filter.getGridCellCodes() != null && !filter.getGridCellCodes().isEmpty()) {
                conditions.add("b.grid_cell_code = any(:gridCells)");
                params.put("gridCells", filter.getGridCellCodes().toArray(String[]::new));
            }
            if (filter.getRiskClasses() != null && !filter.getRiskClasses().isEmpty()) {
                conditions.add("b.risk_class = any(:riskClasses)");
                params.put("riskClasses", filter.getRiskClasses().stream().map(Enum::name).toArray(String[]::new));
            }
            if (filter.getSupervisingOfficeCodes() != null && !filter.getSupervisingOfficeCodes().isEmpty()) {
                conditions.add("b.supervising_office_code = any(:offices)");
                params.put("offices", filter.getSupervisingOfficeCodes().toArray(String[]::new));
            }
            if (filter.getAbnormalOperation() != null) {
                conditions.add((filter.getAbnormalOperation() ? "" : "not ")
                        + "exists (select 1 from abnormal_listing a where a.business_id = b.id and a.removed_on is null)");
            }
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
                join = NEWEST_PUBLIC_INSPECTION;
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
