package cn.gov.yongjia.shixiao.portal.api;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The portal's health includes the API it reads through, and what that API reports of PostgreSQL and
 * Elasticsearch: the portal itself never talks to either.
 */
@Component("graphqlApi")
class GraphQlApiHealthIndicator implements HealthIndicator {

    private final RestClient client;
    private final PortalProperties properties;

    GraphQlApiHealthIndicator(PortalProperties properties, RestClient.Builder restClients) {
        this.properties = properties;
        var requestFactory = new JdkClientHttpRequestFactory(
                java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requestFactory.setReadTimeout(Duration.ofSeconds(5));
        this.client = restClients.clone().requestFactory(requestFactory).build();
    }

    @Override
    public Health health() {
        try {
            Map<?, ?> body = client.get().uri(properties.apiHealthUrl()).retrieve()
                    .onStatus(status -> status.value() == 503, (request, response) -> { })
                    .body(Map.class);
            Health.Builder health = body != null && "UP".equals(body.get("status")) ? Health.up() : Health.down();
            health.withDetail("url", properties.apiUrl().toString());
            if (body != null && body.get("components") instanceof Map<?, ?> components) {
                for (String service : new String[] {"db", "elasticsearch"}) {
                    if (components.get(service) instanceof Map<?, ?> component) {
                        health.withDetail(service, component.get("status"));
                    }
                }
            }
            return health.build();
        } catch (RestClientException e) {
            return Health.down().withDetail("url", properties.apiUrl().toString())
                    .withDetail("error", "unreachable").build();
        }
    }
}
