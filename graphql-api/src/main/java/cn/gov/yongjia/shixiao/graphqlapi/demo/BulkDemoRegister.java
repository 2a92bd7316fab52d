package cn.gov.yongjia.shixiao.graphqlapi.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import javax.sql.DataSource;

import cn.gov.yongjia.shixiao.graphqlapi.region.Township;
import cn.gov.yongjia.shixiao.graphqlapi.region.Townships;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes many made-up demo businesses (and one published inspection for most of them, so they have ratings) straight
 * into PostgreSQL: rows are made in Java by {@link BulkDemoRows} (deterministic: business number n is always the
 * same business), streamed with {@code COPY} into a temporary table, then moved into the register with set-based
 * {@code insert … select} statements, in transactions of {@value #CHUNK} businesses. A million businesses take a few
 * minutes on two cores.
 * <p>
 * Nothing goes through the services: no audit entries, no outbox events. The search index therefore does not
 * know these businesses until a full rebuild ({@code SearchIndexRebuild}); {@link BulkDemoCommand} runs one after
 * generating. For benchmarks and load tests only: every row is marked demo.
 */
@Component
public class BulkDemoRegister {

    private static final Logger log = LoggerFactory.getLogger(BulkDemoRegister.class);
    static final int CHUNK = 50_000;
    static final ZoneId COUNTY_TIME = ZoneId.of("Asia/Shanghai");

    /** What a run wrote. */
    public record Result(long firstNumber, long businesses, long inspections, double seconds) {

        public double businessesPerSecond() {
            return seconds == 0 ? 0 : businesses / seconds;
        }
    }

    private final DataSource dataSource;
    private final Townships townships;

    BulkDemoRegister(DataSource dataSource, Townships townships) {
        this.dataSource = dataSource;
        this.townships = townships;
    }

    /**
     * Appends {@code count} demo businesses numbered after the bulk businesses already in the register (so two runs
     * add different businesses), dated relative to today in the county.
     */
    public Result append(long count) {
        return write(nextNumber(), count, LocalDate.now(COUNTY_TIME));
    }

    /**
     * Writes the demo businesses numbered {@code first} to {@code first + count - 1}, inspection dates relative to
     * {@code today}. The same numbers and day always give the same rows.
     */
    public Result write(long first, long count, LocalDate today) {
        long started = System.nanoTime();
        BulkDemoRows rows = new BulkDemoRows(BulkDemoRows.SEED, townships.all(), today);
        long inspections = 0;
        for (long from = first; from < first + count; from += CHUNK) {
            long to = Math.min(first + count, from + CHUNK);
            inspections += writeChunk(rows, from, to);
            log.info("Bulk demo data: {} of {} businesses written", to - first, count);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info("Bulk demo data: {} businesses and {} inspections in {} s ({} businesses/s)", count, inspections,
                String.format("%.1f", seconds), String.format("%.0f", seconds == 0 ? 0 : count / seconds));
        return new Result(first, count, inspections, seconds);
    }

    /** The number after the highest bulk demo business in the register (0 when there is none). */
    long nextNumber() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             var result = statement.executeQuery("select count(*) from business where demo and registration_number like '"
                     + BulkDemoRows.REGISTRATION_PREFIX + "%'")) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the bulk demo businesses", e);
        }
    }

    private long writeChunk(BulkDemoRows rows, long from, long to) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // a bulk job, not a request: a chunk on a busy machine may run past the API's statement limit
                statement.execute("set local statement_timeout = 0");
                statement.execute("create temporary table bulk_demo (" + BulkDemoRows.STAGING_COLUMNS
                        + ") on commit drop");
                PGConnection pg = connection.unwrap(PGConnection.class);
                StringBuilder copy = new StringBuilder((int) (to - from) * 400);
                for (long n = from; n < to; n++) {
                    rows.appendCopyLine(n, copy);
                }
                pg.getCopyAPI().copyIn("copy bulk_demo from stdin", new StringReader(copy.toString()));
                statement.executeUpdate(BulkDemoRows.INSERT_BUSINESSES);
                statement.executeUpdate(BulkDemoRows.INSERT_STATUS_HISTORY);
                long inspections = statement.executeUpdate(BulkDemoRows.INSERT_INSPECTIONS);
                connection.commit();
                return inspections;
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Bulk demo data: writing businesses " + from + "–" + (to - 1) + " failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The townships the rows are spread over (all of the county's). */
    List<Township> townships() {
        return townships.all();
    }
}
