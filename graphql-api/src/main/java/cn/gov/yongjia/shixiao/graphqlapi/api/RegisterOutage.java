package cn.gov.yongjia.shixiao.graphqlapi.api;

import java.sql.SQLException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;

/**
 * Whether a failure says that the register (PostgreSQL) cannot answer now, so that the client should retry later
 * ({@code REGISTER_UNAVAILABLE}), as opposed to a fault of ours. GraphQL ({@link ApiExceptionResolver}) and the plain
 * HTTP endpoints ({@link RegisterUnavailableAdvice}) apply the same rule and say the same.
 */
final class RegisterOutage {

    static final String MESSAGE =
            "登记库暂时无法应答，请稍后再试 / The register did not answer in time; please try again later";

    private RegisterOutage() {
    }

    /**
     * PostgreSQL cannot be reached (no connection within the pool's timeout, a connection lost), or it cancelled a
     * statement that ran past {@code statement_timeout} (SQL state 57014), also while waiting for a lock.
     */
    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof QueryTimeoutException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().equals("57014") || sql.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }
}
