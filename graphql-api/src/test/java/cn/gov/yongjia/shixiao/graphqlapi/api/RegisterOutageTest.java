package cn.gov.yongjia.shixiao.graphqlapi.api;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures say that the register cannot answer now (retry later), as opposed to a fault of ours. */
class RegisterOutageTest {

    @Test
    void noConnectionWithinThePoolsTimeoutIsRegisterUnavailable() {
        assertThat(RegisterOutage.isOutage(new CannotGetJdbcConnectionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
    }

    @Test
    void aLostOrRefusedConnectionIsRegisterUnavailable() {
        PSQLException refused = new PSQLException("Connection to 127.0.0.1:5432 refused",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        assertThat(RegisterOutage.isOutage(new UncategorizedSQLException("select", "select", refused)))
                .isTrue();
    }

    @Test
    void aStatementCancelledByTheTimeLimitIsRegisterUnavailable() {
        PSQLException cancelled = new PSQLException("ERROR: canceling statement due to statement timeout",
                PSQLState.QUERY_CANCELED);
        assertThat(RegisterOutage.isOutage(new UncategorizedSQLException("select", "select", cancelled)))
                .isTrue();
        assertThat(RegisterOutage.isOutage(new QueryTimeoutException("timed out", cancelled))).isTrue();
    }

    @Test
    void otherDatabaseFailuresAndOurOwnFaultsAreNot() {
        assertThat(RegisterOutage.isOutage(new DuplicateKeyException("duplicate credit code",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(RegisterOutage.isOutage(new UncategorizedSQLException("select", "select",
                new SQLException("syntax error", "42601")))).isFalse();
        assertThat(RegisterOutage.isOutage(new SQLException("no state"))).isFalse();
        assertThat(RegisterOutage.isOutage(new IllegalStateException("a bug"))).isFalse();
    }
}
