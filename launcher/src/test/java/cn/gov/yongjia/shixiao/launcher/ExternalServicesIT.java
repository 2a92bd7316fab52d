package cn.gov.yongjia.shixiao.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import cn.gov.yongjia.shixiao.embedded.TestServices;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With SPRING_DATASOURCE_URL and SPRING_ELASTICSEARCH_URIS set, the platform uses those servers and starts no
 * PostgreSQL or Elasticsearch of its own; both applications report the external services in their health.
 */
class ExternalServicesIT {

    @Test
    void usesTheGivenServersAndStartsNoneOfItsOwn() throws Exception {
        TestServices external = TestServices.shared();
        String jdbcUrl = external.postgres().createDatabaseIfMissing("external_platform");
        Path dataDir = Files.createTempDirectory("yongjia-external-it-");
        LauncherSettings defaults = LauncherSettings.fromEnvironment().withDataDir(dataDir);
        LauncherSettings settings = new LauncherSettings(defaults.dataDir(), defaults.appsDir(), 0, 0,
                Optional.of(jdbcUrl), Optional.of(external.postgres().username()), Optional.empty(),
                Optional.of(external.elasticsearch().uri()), false, defaults.elasticsearchHeap(), defaults.apiHeap(),
                defaults.apiJavaOptions());

        try (Platform platform = Platform.start(settings)) {
            assertThat(dataDir.resolve("postgres")).doesNotExist();
            assertThat(dataDir.resolve("elasticsearch")).doesNotExist();

            String id = new GraphQlHttp(platform.graphqlUrl()).execute("{ townships { code } }", "{}")
                    .read("$.data.townships[0].code", String.class);
            assertThat(id).isEqualTo("BEICHENG");

            String portalHealth = get(platform.portalUrl().resolve("/actuator/health"));
            assertThat(JsonPath.<String>read(portalHealth, "$.components.graphqlApi.status")).isEqualTo("UP");
            assertThat(JsonPath.<String>read(portalHealth, "$.components.graphqlApi.details.db")).isEqualTo("UP");
            assertThat(JsonPath.<String>read(portalHealth, "$.components.graphqlApi.details.elasticsearch")).isEqualTo("UP");
        }
        try (var connection = java.sql.DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            assertThat(connection.createStatement().executeQuery("select count(*) from flyway_schema_history")
                    .next()).as("the API migrated the external database").isTrue();
        }
    }

    private static String get(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
