package cn.gov.yongjia.shixiao.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

/** A partner's view of the API in end-to-end tests: plain GraphQL over HTTP, JSON in and out. */
final class GraphQlHttp {

    private final URI endpoint;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    GraphQlHttp(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** Sends a document whose variables are given as a JSON object literal. */
    DocumentContext execute(String document, String variablesJson) throws Exception {
        return send(document, variablesJson, null);
    }

    /** As {@link #execute}, signed in as the demo county administrator that demo data brings. */
    DocumentContext executeAsDemoAdmin(String document, String variablesJson) throws Exception {
        return executeAs("county.admin", "demo-admin", document, variablesJson);
    }

    /** As {@link #execute}, signed in with this account (HTTP Basic), e.g. the demo owner {@code demo.owner}. */
    DocumentContext executeAs(String username, String password, String document, String variablesJson) throws Exception {
        String credentials = java.util.Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return send(document, variablesJson, "Basic " + credentials);
    }

    private DocumentContext send(String document, String variablesJson, String authorization) throws Exception {
        String body = "{\"query\":" + quote(document) + ",\"variables\":" + variablesJson + "}";
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = client.send(request
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/graphql-response+json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return JsonPath.parse(response.body());
    }

    String registerBusiness(String name, String trade) throws Exception {
        return executeAsDemoAdmin("mutation($input: RegisterBusinessInput!) { registerBusiness(input: $input) { business { id } userErrors { code } } }",
                "{\"input\":{\"name\":" + quote(name) + ",\"trade\":\"" + trade + "\"}}")
                .read("$.data.registerBusiness.business.id", String.class);
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
