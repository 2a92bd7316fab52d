package cn.gov.yongjia.shixiao.graphqlapi.business;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.gov.yongjia.shixiao.schema.types.Trade;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BusinessRepository {

    private static final String COLUMNS = "id, name, trade, demo, created_at, updated_at, version";

    private final JdbcClient jdbc;

    BusinessRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Business insert(String name, Trade trade, boolean demo) {
        return jdbc.sql("insert into business (name, trade, demo) values (:name, :trade, :demo) returning " + COLUMNS)
                .param("name", name)
                .param("trade", trade.name())
                .param("demo", demo)
                .query(BusinessRepository::map)
                .single();
    }

    Optional<Business> findByKey(long key) {
        return jdbc.sql("select " + COLUMNS + " from business where id = :id")
                .param("id", key)
                .query(BusinessRepository::map)
                .optional();
    }

    List<Business> findByKeys(Collection<Long> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from business where id = any(:ids)")
                .param("ids", keys.toArray(Long[]::new))
                .query(BusinessRepository::map)
                .list();
    }

    /** Keyset page in registration order: rows after {@code afterKey}, at most {@code limit}. */
    List<Business> page(Long afterKey, int limit) {
        return jdbc.sql("select " + COLUMNS + " from business where id > :after order by id limit :limit")
                .param("after", afterKey == null ? 0L : afterKey)
                .param("limit", limit)
                .query(BusinessRepository::map)
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from business").query(Long.class).single();
    }

    private static Business map(ResultSet rs, int row) throws SQLException {
        return new Business(rs.getLong("id"), rs.getString("name"), Trade.valueOf(rs.getString("trade")),
                rs.getBoolean("demo"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getLong("version"));
    }
}
