package cn.gov.yongjia.shixiao.benchmark;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code searchBusinesses} through GraphQL over HTTP, as a partner app or the portal asks it: the hits with their
 * business records, distance and highlights, the total and the facets.
 * <p>
 * The HTTP client is Apache HttpClient 5 (async), the library and mode the Elasticsearch Java client's transport
 * uses for the direct target, so that the two targets differ by what the API does, not by the harness's HTTP
 * client. The JDK's {@code HttpClient}, used until 2026-11-27, took about 1 ms longer per request at one client
 * than either Apache client against the same API process (measured side by side; docs/benchmarks.md).
 */
final class GraphqlTarget implements SearchTarget {

    static final String DOCUMENT = """
            query Search($q: String!, $filter: BusinessSearchFilter, $near: NearInput, $sort: BusinessSearchSort) {
              searchBusinesses(query: $q, filter: $filter, near: $near, sort: $sort, first: 20) {
                totalCount
                edges { cursor distanceKm highlightedName highlightedShopSignName
                        node { id name shopSignName trade address status } }
                pageInfo { hasNextPage endCursor }
                facets { trades { value count } townships { value count } ratings { value count } }
              }
            }""";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long TIMEOUT_SECONDS = 60;

    private final CloseableHttpAsyncClient http;
    private final String endpoint;

    GraphqlTarget(String endpoint) {
        this.http = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(5)).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.ofSeconds(TIMEOUT_SECONDS)).build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .build();
        this.http.start();
        this.endpoint = endpoint;
    }

    @Override
    public int search(BenchmarkQuery query) throws Exception {
        JsonNode data = post(DOCUMENT, query.variables(), null);
        return data.path("searchBusinesses").path("edges").size();
    }

    /** Posts a GraphQL request; returns {@code data}, or throws when the answer has errors. */
    JsonNode post(String document, Map<String, Object> variables, String basicAuth) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        SimpleRequestBuilder request = SimpleRequestBuilder.post(endpoint)
                .setBody(JSON.writeValueAsBytes(body), ContentType.APPLICATION_JSON);
        if (basicAuth != null) {
            request.addHeader("Authorization", basicAuth);
        }
        SimpleHttpResponse response = send(request.build());
        if (response.getCode() != 200) {
            throw new IllegalStateException("HTTP " + response.getCode());
        }
        JsonNode answer = JSON.readTree(response.getBodyBytes());
        if (answer.has("errors") && !answer.get("errors").isEmpty()) {
            throw new IllegalStateException("GraphQL errors: " + answer.get("errors"));
        }
        return answer.path("data");
    }

    private SimpleHttpResponse send(SimpleHttpRequest request) throws IOException, InterruptedException,
            TimeoutException {
        try {
            return http.execute(request, null).get(TIMEOUT_SECONDS + 5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    @Override
    public void close() {
        http.close(CloseMode.GRACEFUL);
    }
}
