package cn.gov.yongjia.shixiao.portal.api;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Says in every response, in the standard {@code Server-Timing} header, how long the portal worked before answering
 * and how many GraphQL requests it sent to the API meanwhile, e.g.
 * {@code Server-Timing: app;dur=41.2, graphql;desc="1";dur=30.5} (milliseconds; the description of {@code graphql}
 * is the number of requests). Browsers show it in their developer tools and give it to scripts (Resource Timing's
 * {@code serverTiming}); the portal benchmark ({@code ./yongjia bench-portal}) reads it to count the GraphQL requests
 * of each page view. It holds nothing about what was asked or answered.
 * <p>
 * The header goes out with the start of the answer (its first byte, a flush, an error or a redirect), so {@code app}
 * is the work done before the answer starts: for a Vaadin request, building or updating the view.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ServerTiming extends OncePerRequestFilter {

    static final String HEADER = "Server-Timing";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        ApiCalls calls = ApiCalls.open();
        TimedResponse timed = new TimedResponse(response, started, calls);
        try {
            chain.doFilter(request, timed);
        } finally {
            timed.addHeaderOnce();
            ApiCalls.close();
        }
    }

    /** Adds the header just before the answer starts, when the portal's work for it is done. */
    private static final class TimedResponse extends HttpServletResponseWrapper {

        private final long started;
        private final ApiCalls calls;
        private boolean added;

        TimedResponse(HttpServletResponse response, long started, ApiCalls calls) {
            super(response);
            this.started = started;
            this.calls = calls;
        }

        void addHeaderOnce() {
            if (added || isCommitted()) {
                return;
            }
            added = true;
            addHeader(HEADER, String.format(Locale.ROOT, "app;dur=%.1f, graphql;desc=\"%d\";dur=%.1f",
                    (System.nanoTime() - started) / 1e6, calls.requests(), calls.millis()));
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            addHeaderOnce();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            addHeaderOnce();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            addHeaderOnce();
            super.flushBuffer();
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            addHeaderOnce();
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            addHeaderOnce();
            super.sendError(status);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            addHeaderOnce();
            super.sendRedirect(location);
        }
    }
}
