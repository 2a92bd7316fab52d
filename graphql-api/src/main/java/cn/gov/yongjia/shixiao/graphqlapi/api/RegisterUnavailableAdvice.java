package cn.gov.yongjia.shixiao.graphqlapi.api;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The plain HTTP endpoints (feeds, attachments, open data) answer a database that cannot answer now as GraphQL does
 * ({@code REGISTER_UNAVAILABLE}, {@link RegisterOutage}): HTTP 503 with {@code Retry-After}, so that feed
 * readers and download scripts try again later, and the same JSON error as the attachment endpoints. Any other
 * database failure is a fault of ours: 500, {@code INTERNAL}, details in the log only. An open-data download that
 * fails before its first byte gets the 503 too; one already streaming has sent its 200 and can only stop.
 */
@RestControllerAdvice
class RegisterUnavailableAdvice {

    private static final String RETRY_AFTER_SECONDS = "30";

    private static final Logger log = LoggerFactory.getLogger(RegisterUnavailableAdvice.class);

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<Map<String, Object>> databaseFailed(DataAccessException e) {
        if (RegisterOutage.isOutage(e)) {
            log.warn("Register unavailable: {}", e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("error", ErrorCode.REGISTER_UNAVAILABLE.name(),
                            "message", RegisterOutage.MESSAGE));
        }
        log.error("Database failure", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", ErrorCode.INTERNAL.name(), "message", "Internal error"));
    }
}
