package cn.gov.yongjia.shixiao.graphqlapi.region;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.yongjia.shixiao.schema.types.TownshipKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The county's townships: a small, fixed list (changed only by a migration), read once and kept in memory, so that
 * resolving the township of every business in a page costs no query.
 */
@Component
public class Townships {

    private final JdbcClient jdbc;
    private volatile List<Township> all;
    private volatile Map<String, Township> byCode;

    Townships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Township> all() {
        load();
        return all;
    }

    public Optional<Township> find(String code) {
        load();
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    private void load() {
        if (all != null) {
            return;
        }
        List<Township> rows = jdbc.sql("select code, name, name_en, kind, center_lat, center_lon from township order by position")
                .query((rs, n) -> new Township(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
                        TownshipKind.valueOf(rs.getString("kind")),
                        new GeoPoint(rs.getDouble("center_lat"), rs.getDouble("center_lon"))))
                .list();
        byCode = rows.stream().collect(Collectors.toUnmodifiableMap(Township::code, Function.identity()));
        all = List.copyOf(rows);
    }
}
