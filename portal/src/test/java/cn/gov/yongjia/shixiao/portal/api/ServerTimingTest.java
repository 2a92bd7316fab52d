package cn.gov.yongjia.shixiao.portal.api;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The Server-Timing header counts the GraphQL requests made while serving one request, and only those. */
class ServerTimingTest {

    private final ServerTiming filter = new ServerTiming();

    @Test
    void theHeaderGoesOutWithTheFirstByteAndCountsTheRequestsMadeBeforeIt() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("POST", "/"), response, (request, answer) -> {
            ApiCalls.record(2_000_000);
            ApiCalls.record(3_000_000);
            answer.getOutputStream().write('{');
            ApiCalls.record(1_000_000); // after the answer started: too late for the header
        });

        assertThat(response.getHeaders(ServerTiming.HEADER)).singleElement().asString()
                .matches("app;dur=\\d+\\.\\d, graphql;desc=\"2\";dur=5\\.0");
    }

    @Test
    void aRequestThatAsksTheApiNothingSaysNoneAndTheCountDoesNotCarryOver() throws Exception {
        filter.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(),
                (request, answer) -> ApiCalls.record(1_000_000));
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("GET", "/"), response, (request, answer) -> { });

        assertThat(response.getHeader(ServerTiming.HEADER)).contains("graphql;desc=\"0\";dur=0.0");
    }
}
