package cn.gov.yongjia.shixiao.embedded;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedServersTest {

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ALWAYS)
    Path workDir;

    @Test
    void postgresKeepsItsDataAcrossRestarts() throws Exception {
        workDir.toFile().setExecutable(true, false);
        Path data = workDir.resolve("pg");
        try (PostgresServer first = PostgresServer.start(data, 0)) {
            String url = first.createDatabaseIfMissing("register");
            try (Connection c = DriverManager.getConnection(url, first.username(), "");
                 Statement s = c.createStatement()) {
                s.execute("create table shop (name text)");
                s.execute("insert into shop values ('兰州拉面')");
            }
        }
        try (PostgresServer second = PostgresServer.start(data, 0)) {
            String url = second.createDatabaseIfMissing("register");
            try (Connection c = DriverManager.getConnection(url, second.username(), "");
                 Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("select name from shop")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("兰州拉面");
            }
        }
    }

    @Test
    void elasticsearchStartsStopsAndRecoversFromALeftoverProcess() throws Exception {
        workDir.toFile().setExecutable(true, false);
        Path esDir = workDir.resolve("es");
        ElasticsearchServer crashed = ElasticsearchServer.start(esDir, 0, "256m");
        assertThat(health(crashed.uri())).isEqualTo(200);
        ProcessHandle leftover = new PidFile(esDir.resolve("elasticsearch.pid")).recordedProcess().orElseThrow();
        var leftoverTree = java.util.stream.Stream.concat(java.util.stream.Stream.of(leftover), leftover.descendants()).toList();

        // A new start on the same folder, as after a crash that never stopped the first node.
        try (ElasticsearchServer next = ElasticsearchServer.start(esDir, 0, "256m")) {
            assertThat(leftoverTree).noneMatch(ProcessHandle::isAlive);
            assertThat(health(next.uri())).isEqualTo(200);
            next.stop();
            assertThat(next.isRunning()).isFalse();
            next.restart("256m");
            assertThat(health(next.uri())).isEqualTo(200);
        }
        assertThat(new PidFile(esDir.resolve("elasticsearch.pid")).recordedProcess()).isEmpty();
    }

    private static int health(String uri) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(uri + "/_cluster/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }
}
