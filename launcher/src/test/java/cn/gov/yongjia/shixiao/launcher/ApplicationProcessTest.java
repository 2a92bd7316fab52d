package cn.gov.yongjia.shixiao.launcher;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationProcessTest {

    @Test
    void javaOptionsGoBeforeTheJarAndTheApplicationsArgumentsAfterIt() {
        List<String> command = ApplicationProcess.command("/jdk/bin/java", Path.of("/apps/graphql-api.jar"), 8080, "512m",
                LauncherSettings.API_JAVA_OPTIONS, List.of("--yongjia.demo-data.enabled=true"));

        assertThat(command).containsExactly("/jdk/bin/java", "-Xmx512m", "-XX:+UseParallelGC", "-Dfile.encoding=UTF-8",
                "-jar", "/apps/graphql-api.jar", "--server.port=8080", "--yongjia.demo-data.enabled=true");
    }

    @Test
    void anApplicationWithoutOptionsRunsOnTheJvmsDefaults() {
        List<String> command = ApplicationProcess.command("java", Path.of("portal.jar"), 8081, "1g", List.of(), List.of());

        assertThat(command).containsExactly("java", "-Xmx1g", "-Dfile.encoding=UTF-8", "-jar", "portal.jar",
                "--server.port=8081");
    }
}
