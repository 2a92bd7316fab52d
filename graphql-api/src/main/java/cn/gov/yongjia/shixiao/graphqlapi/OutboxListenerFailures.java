package cn.gov.yongjia.shixiao.graphqlapi;

import java.lang.reflect.Method;

import cn.gov.yongjia.shixiao.searchindex.SearchUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;

/**
 * Logs a delivery of the outbox that failed. The change stays incomplete in the event publication registry, which
 * delivers it again on the outbox retry and on restart, so nothing is lost either way; what differs is what an
 * operator needs to read. While Elasticsearch is down, every waiting change fails on every retry: one line each,
 * a warning without a stack trace (Spring's default handler logged each as an "unexpected" error with about fifty
 * lines of trace). Any other failure is unexpected and logged as an error with its trace.
 */
class OutboxListenerFailures implements AsyncUncaughtExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(OutboxListenerFailures.class);

    @Override
    public void handleUncaughtException(Throwable failure, Method listener, Object... arguments) {
        String where = listener.getDeclaringClass().getSimpleName() + "." + listener.getName();
        String what = arguments.length == 1 && arguments[0] != null ? arguments[0].getClass().getSimpleName() : "a change";
        if (searchUnavailable(failure)) {
            log.warn("{} of {} waits for the search index ({}); the outbox delivers it again when it is back",
                    where, what, failure.getMessage());
        } else {
            log.error("{} of {} failed; the outbox delivers it again on its next retry", where, what, failure);
        }
    }

    private static boolean searchUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SearchUnavailableException) {
                return true;
            }
        }
        return false;
    }
}
