package cn.gov.yongjia.shixiao.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * README's first command, as a user runs it: the launcher jar starts everything, serves the portal and GraphQL,
 * keeps its data across a restart, and Ctrl-C (SIGINT to the whole process group) or SIGTERM leaves no process.
 */
class PlatformLifecycleIT {

    private static final Pattern PORTAL = Pattern.compile("Portal:\\s+(\\S+)");
    private static final Pattern GRAPHQL = Pattern.compile("GraphQL endpoint:\\s+(\\S+)");

    @TempDir
    Path temp;

    private Process launcher;

    @AfterEach
    void killLeftovers() {
        if (launcher != null && launcher.isAlive()) {
            launcher.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
    }

    @Test
    void startsServesKeepsDataAndStopsCleanly() throws Exception {
        Path dataDir = temp.resolve("data");
        temp.toFile().setExecutable(true, false);

        Running first = start(dataDir);
        GraphQlHttp api = new GraphQlHttp(first.graphql());
        int demoCount = api.execute("{ businesses(first: 1) { totalCount } }", "{}")
                .read("$.data.businesses.totalCount", Integer.class);
        assertThat(demoCount).isGreaterThan(0);
        String id = api.registerBusiness("岩头浴室重启测试", "BATHHOUSE");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.execute(
                        "query($q: String!) { searchBusinesses(query: $q) { edges { node { id } } } }", "{\"q\":\"岩头浴室重启测试\"}")
                .read("$.data.searchBusinesses.edges[*].node.id", List.class)).contains(id));
        assertThat(get(first.portal())).contains("<html");

        List<ProcessHandle> processes = processTree(dataDir);
        assertThat(processes.size()).isGreaterThanOrEqualTo(4); // at least Java apps, Elasticsearch, PostgreSQL
        assertThat(processes).as("the API runs with the parallel collector (LauncherSettings.API_JAVA_OPTIONS)")
                .filteredOn(process -> arguments(process).stream().anyMatch(argument -> argument.endsWith("graphql-api.jar")))
                .singleElement()
                .satisfies(apiProcess -> assertThat(arguments(apiProcess)).contains("-XX:+UseParallelGC", "-Xmx512m"));
        interruptProcessGroup(); // what Ctrl-C in a terminal does
        assertThat(launcher.waitFor(120, TimeUnit.SECONDS)).as("launcher stops after Ctrl-C").isTrue();
        awaitAllExited(processes);

        Running second = start(dataDir);
        GraphQlHttp again = new GraphQlHttp(second.graphql());
        assertThat(again.execute("query($id: ID!) { business(id: $id) { name } }", "{\"id\":\"" + id + "\"}")
                .read("$.data.business.name", String.class)).isEqualTo("岩头浴室重启测试");
        assertThat(again.execute("{ businesses(first: 1) { totalCount } }", "{}")
                .read("$.data.businesses.totalCount", Integer.class)).as("demo data is loaded only once").isEqualTo(demoCount + 1);

        List<ProcessHandle> secondRun = processTree(dataDir);
        launcher.destroy(); // SIGTERM to the launcher alone
        assertThat(launcher.waitFor(120, TimeUnit.SECONDS)).as("launcher stops after SIGTERM").isTrue();
        awaitAllExited(secondRun);
    }

    @Test
    void aCrashedRunLeavesNothingThatBlocksTheNextStart() throws Exception {
        Path dataDir = temp.resolve("crash");
        temp.toFile().setExecutable(true, false);

        start(dataDir);
        List<ProcessHandle> orphans = processTree(dataDir);
        launcher.toHandle().destroyForcibly(); // kill -9: no shutdown hook runs, the children and services stay
        assertThat(launcher.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(orphans.stream().skip(1)).as("services and applications outlive the killed launcher").anyMatch(ProcessHandle::isAlive);

        Running again = start(dataDir); // ends the leftovers (PID files, postmaster.pid) and starts afresh
        awaitAllExited(orphans.stream().skip(1).toList());
        assertThat(new GraphQlHttp(again.graphql()).execute("{ businesses(first: 1) { totalCount } }", "{}")
                .read("$.data.businesses.totalCount", Integer.class)).isGreaterThan(0);

        List<ProcessHandle> secondRun = processTree(dataDir);
        interruptProcessGroup();
        assertThat(launcher.waitFor(120, TimeUnit.SECONDS)).isTrue();
        awaitAllExited(secondRun);
    }

    private record Running(URI portal, URI graphql) {
    }

    private Running start(Path dataDir) throws Exception {
        Path jar = Path.of(System.getProperty("yongjia.launcher-jar"));
        assertThat(jar).exists();
        // env --default-signal=INT: a build started in the background by a non-interactive shell ignores SIGINT, and
        // its children inherit that; the user's terminal does not, and that is what this test stands for
        ProcessBuilder builder = new ProcessBuilder("setsid", "env", "--default-signal=INT",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dyongjia.apps-dir=" + System.getProperty("yongjia.apps-dir"), "-jar", jar.toString())
                .redirectErrorStream(true);
        builder.environment().putAll(Map.of("YONGJIA_DATA_DIR", dataDir.toString(), "YONGJIA_API_PORT", "0",
                "YONGJIA_PORTAL_PORT", "0"));
        launcher = builder.start();
        List<String> output = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    output.add(line);
                    if (line.equals("Platform ready")) {
                        ready.complete(null);
                    }
                }
                ready.completeExceptionally(new IllegalStateException("launcher exited:\n" + String.join("\n", output)));
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
        });
        ready.get(5, TimeUnit.MINUTES);
        String banner = String.join("\n", output);
        return new Running(URI.create(find(PORTAL, banner)), URI.create(find(GRAPHQL, banner)));
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("banner has %s:%n%s", pattern, text).isTrue();
        return matcher.group(1);
    }

    /** The launcher, its descendants, and the PostgreSQL server (pg_ctl detaches it from the launcher). */
    private List<ProcessHandle> processTree(Path dataDir) throws IOException {
        long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).getFirst().strip());
        return Stream.concat(Stream.of(launcher.toHandle(), ProcessHandle.of(postmaster).orElseThrow()),
                launcher.toHandle().descendants()).toList();
    }

    private static List<String> arguments(ProcessHandle process) {
        return process.info().arguments().map(List::of).orElse(List.of());
    }

    private void interruptProcessGroup() throws Exception {
        new ProcessBuilder("kill", "-INT", "--", "-" + launcher.pid()).inheritIO().start().waitFor();
    }

    private static void awaitAllExited(List<ProcessHandle> processes) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(processes).as("processes of the platform still running").noneMatch(ProcessHandle::isAlive));
    }

    private static String get(URI uri) throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        return client.send(java.net.http.HttpRequest.newBuilder(uri).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }
}
