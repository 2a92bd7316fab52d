package cn.gov.yongjia.shixiao.graphqlapi.search;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import cn.gov.yongjia.shixiao.graphqlapi.GraphqlApiApplication;
import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessRegistry;
import cn.gov.yongjia.shixiao.graphqlapi.business.NewBusiness;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import cn.gov.yongjia.shixiao.schema.types.Trade;
import cn.gov.yongjia.shixiao.searchindex.RebuildRunningException;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessIndex;
import cn.gov.yongjia.shixiao.searchindex.business.BusinessSearch;
import cn.gov.yongjia.shixiao.searchindex.business.RebuildLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rebuild command ({@code --yongjia.search.rebuild=true}) run as an operator runs it: in a JVM of its own beside
 * this test's API, on the same PostgreSQL and Elasticsearch. And "one rebuild at a time" across processes: while
 * another process holds the rebuild lock, the command, the mutation and the Java call are all refused; a lock whose
 * lease ran out (a crashed rebuild) does not block.
 */
@PlatformIntegrationTest
@TestPropertySource(properties = "yongjia.test.own-register=rebuild-command")
class SearchIndexRebuildCommandIntegrationTest {

    private static final String WORD = "命令";
    private static final String REBUILD = """
            mutation { rebuildSearchIndex { documents newIndex } }""";

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    BusinessRegistry registry;

    @Autowired
    BusinessIndex index;

    @Autowired
    BusinessSearch search;

    @Autowired
    RebuildLock lock;

    @Autowired
    SearchIndexRebuild rebuild;

    @BeforeEach
    void register() {
        StaffClients.ensureAccounts(accounts);
        synchronized (SearchIndexRebuildCommandIntegrationTest.class) {
            for (int i = (int) registry.count(); i < 40; i++) {
                assertThat(registry.register(NewBusiness.of("永嘉" + WORD + "第" + i + "号店", Trade.HOTEL), false, null)
                        .userErrors()).isEmpty();
            }
        }
    }

    @Test
    void theCommandRebuildsTheIndexInAProcessOfItsOwnAndExits() throws Exception {
        index.refresh();
        List<String> before = index.physicalIndices();

        Command command = runCommand();

        assertThat(command.exitCode()).as(command.output()).isZero();
        assertThat(command.output()).contains("search index rebuild: done — " + registry.count() + " businesses");
        assertThat(index.physicalIndices()).singleElement().isNotIn(before)
                .satisfies(now -> assertThat(now).startsWith(index.alias() + "_v2_"));
        assertThat(index.allPhysicalIndices()).as("the old index is gone").isEqualTo(index.physicalIndices());
        assertThat(search.search(WORD, 1).total()).isEqualTo(registry.count());
    }

    @Test
    void whileAnotherProcessHoldsTheLockEveryRebuildIsRefusedAndAnExpiredLeaseDoesNotBlock() throws Exception {
        List<String> before = index.physicalIndices();

        try (RebuildLock.Lease held = lock.acquire("another-process", Duration.ofMinutes(10))) {
            assertThat(held.holder()).isEqualTo("another-process");

            Command command = runCommand();
            assertThat(command.exitCode()).as(command.output()).isEqualTo(1);
            assertThat(command.output()).contains("search index rebuild: FAILED").contains("another-process");
            StaffClients.as(port, StaffClients.ADMIN).document(REBUILD).execute().errors()
                    .satisfy(errors -> assertThat(errors).singleElement()
                            .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "ALREADY_RUNNING")));
            assertThatThrownBy(() -> rebuild.run((written, total) -> { }))
                    .isInstanceOf(RebuildRunningException.class).hasMessageContaining("another-process");
            assertThat(index.physicalIndices()).isEqualTo(before);
            assertThat(index.allPhysicalIndices()).as("no index was started").isEqualTo(before);
        }

        // released: the next rebuild runs
        assertThat(rebuild.run((written, total) -> { }).documents()).isEqualTo(registry.count());

        // a crashed holder's lease runs out: its lock does not block the next rebuild
        lock.acquire("crashed-process", Duration.ZERO);
        var response = StaffClients.as(port, StaffClients.ADMIN).document(REBUILD).execute();
        response.path("rebuildSearchIndex.documents").entity(Long.class).isEqualTo(registry.count());
        assertThat(index.physicalIndices()).containsExactly(
                response.path("rebuildSearchIndex.newIndex").entity(String.class).get());
        // and the lock is free again afterwards
        lock.acquire("next-process", Duration.ofMinutes(1)).close();
    }

    record Command(int exitCode, String output) {
    }

    /** Runs the API's main class with the rebuild command in a new JVM on this test's database and index. */
    private Command runCommand() throws IOException, InterruptedException {
        Path output = Files.createTempFile("rebuild-command-", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-cp", applicationClassPath(),
                GraphqlApiApplication.class.getName(),
                "--spring.main.web-application-type=none",
                "--yongjia.search.rebuild=true",
                "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getRequiredProperty("spring.datasource.username"),
                "--spring.elasticsearch.uris=" + environment.getRequiredProperty("spring.elasticsearch.uris"),
                "--yongjia.search.index-prefix=" + environment.getRequiredProperty("yongjia.search.index-prefix")));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            if (!process.waitFor(4, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("The rebuild command did not end:\n" + Files.readString(output));
            }
            return new Command(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /**
     * The application's class path as this test JVM has it, less the test classes (they would be scanned as
     * components). Surefire may hand the class path over in the manifest of a booter jar.
     */
    private static String applicationClassPath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("surefirebooter") && entry.endsWith(".jar")) {
                try (JarFile jar = new JarFile(entry)) {
                    String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
                    Arrays.stream(classPath.split(" ")).filter(s -> !s.isBlank())
                            .map(url -> Path.of(URI.create(url)).toString()).forEach(entries::add);
                }
            } else {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries.stream()
                .filter(entry -> !Path.of(entry).endsWith("test-classes")).toList());
    }
}
