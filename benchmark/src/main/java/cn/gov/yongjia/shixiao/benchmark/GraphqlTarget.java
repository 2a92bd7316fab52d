package cn.gov.yongjia.shixiao.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code searchBusinesses} through GraphQL over HTTP, as a partner app or the portal asks it: the hits with their
 * business records, distance and highlights, the total and the facets.
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

    private final HttpClient http;
    private final URI endpoint;

    GraphqlTarget(String endpoint) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.endpoint = URI.create(endpoint);
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
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (basicAuth != null) {
            request.header("Authorization", basicAuth);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        JsonNode answer = JSON.readTree(response.body());
        if (answer.has("errors") && !answer.get("errors").isEmpty()) {
            throw new IllegalStateException("GraphQL errors: " + answer.get("errors"));
        }
        return answer.path("data");
    }

    @Override
    public void close() {
        http.close();
    }
}
