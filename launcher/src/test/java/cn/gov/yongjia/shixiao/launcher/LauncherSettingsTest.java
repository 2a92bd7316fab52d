package cn.gov.yongjia.shixiao.launcher;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LauncherSettingsTest {

    @Test
    void defaultsNeedNoConfiguration() {
        LauncherSettings settings = LauncherSettings.from(Map.of());

        assertThat(settings.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(settings.apiPort()).isEqualTo(8080);
        assertThat(settings.portalPort()).isEqualTo(8081);
        assertThat(settings.datasourceUrl()).isEmpty();
        assertThat(settings.elasticsearchUris()).isEmpty();
        assertThat(settings.demoData()).isTrue();
        assertThat(settings.elasticsearchHeap()).isEqualTo("512m");
        assertThat(settings.apiHeap()).isEqualTo("512m");
        assertThat(settings.apiJavaOptions()).containsExactly("-XX:+UseParallelGC");
    }

    @Test
    void theApisJvmOptionsCanBeReplaced() {
        LauncherSettings settings = LauncherSettings.from(Map.of("YONGJIA_API_JAVA_OPTIONS",
                " -XX:+UseG1GC  -XX:+HeapDumpOnOutOfMemoryError -Dfile.encoding=UTF-8 "));

        assertThat(settings.apiJavaOptions())
                .containsExactly("-XX:+UseG1GC", "-XX:+HeapDumpOnOutOfMemoryError", "-Dfile.encoding=UTF-8");
    }

    @Test
    void theApisJvmOptionsAreOptionsOnlyAndLeaveTheHeapToItsOwnVariable() {
        assertThatThrownBy(() -> LauncherSettings.from(Map.of("YONGJIA_API_JAVA_OPTIONS", "-XX:+UseG1GC other.jar")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("YONGJIA_API_JAVA_OPTIONS takes JVM options such as -XX:+UseG1GC, not 'other.jar'");
        assertThatThrownBy(() -> LauncherSettings.from(Map.of("YONGJIA_API_JAVA_OPTIONS", "-jar")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not '-jar'");
        assertThatThrownBy(() -> LauncherSettings.from(Map.of("YONGJIA_API_JAVA_OPTIONS", "-Xmx2g")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not set the heap ('-Xmx2g'): use YONGJIA_API_HEAP");
    }

    @Test
    void heapsCanBeRaisedForALargeRegister() {
        LauncherSettings settings = LauncherSettings.from(Map.of("YONGJIA_ES_HEAP", "2g", "YONGJIA_API_HEAP", "1024m"));

        assertThat(settings.elasticsearchHeap()).isEqualTo("2g");
        assertThat(settings.apiHeap()).isEqualTo("1024m");
    }

    @Test
    void aBadHeapIsExplained() {
        assertThatThrownBy(() -> LauncherSettings.from(Map.of("YONGJIA_ES_HEAP", "2 GB")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("YONGJIA_ES_HEAP must be a heap size such as 512m or 2g, not '2 GB'");
    }

    @Test
    void externalServersAreTakenFromTheStandardSpringVariables() {
        LauncherSettings settings = LauncherSettings.from(Map.of(
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://db.example:5432/shixiao",
                "SPRING_ELASTICSEARCH_URIS", "http://search.example:9200",
                "YONGJIA_DATA_DIR", "/srv/shixiao",
                "YONGJIA_DEMO_DATA", "false"));

        assertThat(settings.datasourceUrl()).contains("jdbc:postgresql://db.example:5432/shixiao");
        assertThat(settings.elasticsearchUris()).contains("http://search.example:9200");
        assertThat(settings.dataDir()).isEqualTo(Path.of("/srv/shixiao"));
        assertThat(settings.demoData()).isFalse();
    }

    @Test
    void aBadPortIsExplained() {
        assertThatThrownBy(() -> LauncherSettings.from(Map.of("YONGJIA_API_PORT", "eighty")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("YONGJIA_API_PORT must be a port number");
    }
}
