package cn.gov.yongjia.shixiao.portal.api;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param apiUrl       the GraphQL endpoint of the API as the portal reaches it, e.g. {@code http://127.0.0.1:8080/graphql}
 * @param publicApiUrl the same endpoint as visitors' browsers reach it (downloads, the explorer); the API URL when
 *                     not set
 * @param publicUrl    the portal's public address (e.g. {@code https://shixiao.yongjia.gov.cn/}), used in QR codes and
 *                     badge snippets; when not set, the address the browser used
 */
@ConfigurationProperties("yongjia.portal")
public record PortalProperties(URI apiUrl, URI publicApiUrl, URI publicUrl) {

    public PortalProperties {
        if (publicApiUrl == null) {
            publicApiUrl = apiUrl;
        }
    }

    /** The API's actuator health, next to its GraphQL endpoint. */
    URI apiHealthUrl() {
        return apiUrl.resolve("/actuator/health");
    }

    /** A path the API serves (such as {@code /open-data/businesses.csv}), as visitors' browsers reach it. */
    public URI publicApiUrl(String path) {
        return publicApiUrl.resolve(path);
    }
}
