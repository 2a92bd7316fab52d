package cn.gov.yongjia.shixiao.graphqlapi.staff;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Web pages on other origins (the portal's explorer, partners' pages) may query the API from the visitor's browser:
 * the preflight is answered and answers carry {@code Access-Control-Allow-Origin: *}, never with credentials.
 */
@PlatformIntegrationTest
class CrossOriginIntegrationTest {

    private static final String ORIGIN = "http://portal.example:8081";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPreflightForAGraphQlPostIsAllowedFromAnyOrigin() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/graphql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, accept")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
                methods -> assertThat(methods).contains("POST"));
        assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void queriesTheContractAndOpenDataAnswerOtherOrigins() throws Exception {
        HttpResponse<String> query = http.send(HttpRequest.newBuilder(url("/graphql"))
                .header("Origin", ORIGIN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ statistics { asOf } }\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(query.statusCode()).isEqualTo(200);
        assertThat(query.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(query.body()).contains("\"asOf\"");

        for (String path : new String[] {"/graphql/schema", "/open-data/data-dictionary.json"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(url(path)).header("Origin", ORIGIN).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
        }
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
