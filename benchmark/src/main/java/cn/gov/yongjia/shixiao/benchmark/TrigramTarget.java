package cn.gov.yongjia.shixiao.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The alternative a team might pick instead of Elasticsearch: PostgreSQL's {@code pg_trgm} over the register, with
 * GIN trigram indexes on the names (created by the benchmark only). Substring match on the registered or shop-sign
 * name, or the exact credit code, with the same trade/township/status filters, best trigram similarity first, 20
 * rows. It does less than the search API (no pinyin, no typo tolerance beyond similarity order, no total, no facets,
 * no highlights), so it is the cheaper side of the comparison.
 */
final class TrigramTarget implements SearchTarget {

    static final String SEARCH = """
            select id, name, shop_sign_name, similarity(name, ?) as score
            from business
            where status = 'OPEN'
              and (name like '%' || ? || '%' or shop_sign_name like '%' || ? || '%' or credit_code = ?)
              and (cardinality(?::text[]) = 0 or trade = any(?::text[]))
              and (cardinality(?::text[]) = 0 or township_code = any(?::text[]))
            order by score desc, id
            limit 20""";

    private final Connection connection;
    private final PreparedStatement statement;

    TrigramTarget(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement settings = connection.createStatement()) {
            // plan each search with its own text, so the trigram index is chosen whenever it helps
            settings.execute("set plan_cache_mode = force_custom_plan");
        }
        this.statement = connection.prepareStatement(SEARCH);
    }

    /** Creates the extension and the GIN trigram indexes (benchmark only); returns the seconds it took. */
    static double prepare(Connection connection) throws SQLException {
        long started = System.nanoTime();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create extension if not exists pg_trgm");
            ddl.execute("create index if not exists bench_business_name_trgm on business using gin (name gin_trgm_ops)");
            ddl.execute("create index if not exists bench_business_sign_trgm on business using gin (shop_sign_name gin_trgm_ops)");
            ddl.execute("analyze business");
        }
        return (System.nanoTime() - started) / 1e9;
    }

    @Override
    public int search(BenchmarkQuery query) throws Exception {
        String text = query.text();
        List<String> trades = query.query().trades();
        List<String> townships = query.query().townships();
        statement.setString(1, text);
        statement.setString(2, text);
        statement.setString(3, text);
        statement.setString(4, text);
        statement.setArray(5, connection.createArrayOf("text", trades.toArray()));
        statement.setArray(6, connection.createArrayOf("text", trades.toArray()));
        statement.setArray(7, connection.createArrayOf("text", townships.toArray()));
        statement.setArray(8, connection.createArrayOf("text", townships.toArray()));
        int rows = 0;
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows++;
            }
        }
        return rows;
    }

    @Override
    public void close() throws SQLException {
        statement.close();
        connection.close();
    }
}
