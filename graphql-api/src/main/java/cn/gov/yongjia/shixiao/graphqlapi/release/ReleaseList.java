package cn.gov.yongjia.shixiao.graphqlapi.release;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.yongjia.shixiao.graphqlapi.api.InvalidArgumentException;
import cn.gov.yongjia.shixiao.graphqlapi.relay.Connection;
import cn.gov.yongjia.shixiao.graphqlapi.relay.PageRequest;
import cn.gov.yongjia.shixiao.schema.types.ReleaseLanguage;
import cn.gov.yongjia.shixiao.schema.types.ReleaseSort;
import cn.gov.yongjia.shixiao.schema.types.ReleaseState;
import org.springframework.stereotype.Component;

/**
 * The release list: filters in SQL, ordered by publication time (creation time before publication) and ID, keyset
 * paged on both (the cursor holds the time and the ID, so a page never shifts when releases are added).
 */
@Component
class ReleaseList {

    private static final String SORT_TIME = "coalesce(r.published_at, r.created_at)";
    private static final String PREFIX = "r1:";

    /** What to list; empty lists mean any. */
    record Query(List<String> categories, List<String> issuers, LocalDate publishedFrom, LocalDate publishedUntil,
                 ReleaseLanguage language, Long businessKey, List<ReleaseState> states) {
    }

    private final ReleaseRepository repository;

    ReleaseList(ReleaseRepository repository) {
        this.repository = repository;
    }

    Connection<Release> page(Query query, ReleaseSort sort, int first, String after) {
        if (first < 1 || first > PageRequest.MAX_PAGE_SIZE) {
            throw new InvalidArgumentException("first", "first 须在 1 到 100 之间 / first must be between 1 and 100");
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add("r.state = any(:states)");
        params.put("states", query.states().stream().map(Enum::name).toArray(String[]::new));
        if (!query.categories().isEmpty()) {
            where.add("r.category_code = any(:categories)");
            params.put("categories", query.categories().toArray(String[]::new));
        }
        if (!query.issuers().isEmpty()) {
            where.add("r.issuer_code = any(:issuers)");
            params.put("issuers", query.issuers().toArray(String[]::new));
        }
        if (query.publishedFrom() != null) {
            where.add("r.published_at >= :from");
            params.put("from", query.publishedFrom().atStartOfDay(ReleaseRecords.COUNTY_TIME).toOffsetDateTime());
        }
        if (query.publishedUntil() != null) {
            where.add("r.published_at < :until");
            params.put("until", query.publishedUntil().plusDays(1).atStartOfDay(ReleaseRecords.COUNTY_TIME).toOffsetDateTime());
        }
        if (query.language() != null) {
            where.add("r.language = :language");
            params.put("language", query.language().name());
        }
        if (query.businessKey() != null) {
            where.add("exists (select 1 from release_business rb where rb.release_id = r.id and rb.business_id = :business)");
            params.put("business", query.businessKey());
        }
        String condition = String.join(" and ", where);
        long total = repository.count(condition, params);
        boolean newest = sort != ReleaseSort.OLDEST;
        String pageCondition = condition;
        if (after != null) {
            Position position = Position.decode(after);
            pageCondition += newest ? " and (" + SORT_TIME + ", r.id) < (:afterTime, :afterId)"
                    : " and (" + SORT_TIME + ", r.id) > (:afterTime, :afterId)";
            params.put("afterTime", position.time());
            params.put("afterId", position.key());
        }
        String order = newest ? SORT_TIME + " desc, r.id desc" : SORT_TIME + " asc, r.id asc";
        List<Release> rows = repository.page(pageCondition, params, order, first + 1);
        boolean hasNext = rows.size() > first;
        List<Connection.Edge<Release>> edges = rows.stream().limit(first)
                .map(r -> new Connection.Edge<>(Position.of(r).encode(), r)).toList();
        return new Connection<>(edges, new Connection.PageInfo(hasNext, after != null,
                edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor()), total);
    }

    /** A place in the order: the sort time (to the microsecond, as PostgreSQL keeps it) and the ID. */
    private record Position(OffsetDateTime time, long key) {

        static Position of(Release release) {
            OffsetDateTime time = release.publishedAt() != null ? release.publishedAt() : release.createdAt();
            return new Position(time, release.key());
        }

        String encode() {
            Instant instant = time.toInstant();
            long micros = ChronoUnit.MICROS.between(Instant.EPOCH, instant);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((PREFIX + micros + ":" + key).getBytes(StandardCharsets.UTF_8));
        }

        static Position decode(String cursor) {
            try {
                String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                if (!decoded.startsWith(PREFIX)) {
                    throw new IllegalArgumentException("prefix");
                }
                String[] parts = decoded.substring(PREFIX.length()).split(":");
                Instant instant = Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS);
                return new Position(instant.atOffset(ZoneOffset.UTC), Long.parseLong(parts[1]));
            } catch (RuntimeException e) {
                throw new InvalidArgumentException("after", "不是有效的游标 / Not a valid cursor: " + cursor);
            }
        }
    }
}
