package cn.gov.yongjia.shixiao.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the launcher runs and where, from environment variables (with defaults that need no configuration).
 *
 * @param dataDir           {@code YONGJIA_DATA_DIR}, default {@code ./data}: PostgreSQL, Elasticsearch, logs
 * @param appsDir           where {@code graphql-api.jar} and {@code portal.jar} are (next to the launcher jar)
 * @param apiPort           {@code YONGJIA_API_PORT}, default 8080 when free
 * @param portalPort        {@code YONGJIA_PORTAL_PORT}, default 8081 when free
 * @param datasourceUrl     {@code SPRING_DATASOURCE_URL}: an external PostgreSQL; none starts the embedded one
 * @param elasticsearchUris {@code SPRING_ELASTICSEARCH_URIS}: an external Elasticsearch; none starts the embedded one
 * @param demoData          {@code YONGJIA_DEMO_DATA}, default true: load demo data into an empty register
 * @param elasticsearchHeap {@code YONGJIA_ES_HEAP}, default {@code 512m}: the embedded Elasticsearch's heap (a register
 *                          of hundreds of thousands of businesses needs more: merging 1,000,000 needs about 2g)
 * @param apiHeap           {@code YONGJIA_API_HEAP}, default {@code 512m}: the GraphQL API's heap
 * @param apiJavaOptions    {@code YONGJIA_API_JAVA_OPTIONS}, separated by spaces, default {@link #API_JAVA_OPTIONS}:
 *                          the GraphQL API's JVM options besides its heap; given, they replace the default
 */
public record LauncherSettings(Path dataDir, Path appsDir, int apiPort, int portalPort,
                               Optional<String> datasourceUrl, Optional<String> datasourceUsername,
                               Optional<String> datasourcePassword, Optional<String> elasticsearchUris,
                               boolean demoData, String elasticsearchHeap, String apiHeap,
                               List<String> apiJavaOptions) {

    static final String DEFAULT_HEAP = "512m";
    /**
     * The GraphQL API's JVM options besides its heap: the parallel collector. On two cores with a 512m heap it costs
     * the API about a third less CPU per search than the JVM's default G1 (side by side under the search benchmark's
     * mix, 8 clients, 1,000,000 businesses: 1.3 against 1.9 ms a search), with young-generation pauses of a few
     * milliseconds at this heap size. The search benchmark serves the API with the same options.
     */
    public static final List<String> API_JAVA_OPTIONS = List.of("-XX:+UseParallelGC");
    private static final String API_JAVA_OPTIONS_VARIABLE = "YONGJIA_API_JAVA_OPTIONS";
    /** A JVM heap size as {@code -Xmx} takes it: a number of megabytes or gigabytes. */
    private static final java.util.regex.Pattern HEAP = java.util.regex.Pattern.compile("[1-9][0-9]*[mMgG]");

    public static LauncherSettings fromEnvironment() {
        return from(System.getenv());
    }

    static LauncherSettings from(Map<String, String> env) {
        return new LauncherSettings(
                Path.of(env.getOrDefault("YONGJIA_DATA_DIR", "data")).toAbsolutePath().normalize(),
                defaultAppsDir(),
                port(env, "YONGJIA_API_PORT", 8080),
                port(env, "YONGJIA_PORTAL_PORT", 8081),
                value(env, "SPRING_DATASOURCE_URL"),
                value(env, "SPRING_DATASOURCE_USERNAME"),
                value(env, "SPRING_DATASOURCE_PASSWORD"),
                value(env, "SPRING_ELASTICSEARCH_URIS"),
                !"false".equalsIgnoreCase(env.getOrDefault("YONGJIA_DEMO_DATA", "true")),
                heap(env, "YONGJIA_ES_HEAP"),
                heap(env, "YONGJIA_API_HEAP"),
                javaOptions(env));
    }

    /** The same settings with another data folder and any free ports (tests run several platforms side by side). */
    public LauncherSettings withDataDir(Path dir) {
        return new LauncherSettings(dir, appsDir, 0, 0, datasourceUrl, datasourceUsername, datasourcePassword,
                elasticsearchUris, demoData, elasticsearchHeap, apiHeap, apiJavaOptions);
    }

    private static String heap(Map<String, String> env, String name) {
        String value = value(env, name).orElse(DEFAULT_HEAP);
        if (!HEAP.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be a heap size such as 512m or 2g, not '" + value + "'");
        }
        return value;
    }

    /** JVM options only ({@code -XX:…}, {@code -D…}); the heap has its own variable, which must stay the only one. */
    private static List<String> javaOptions(Map<String, String> env) {
        Optional<String> value = value(env, API_JAVA_OPTIONS_VARIABLE);
        if (value.isEmpty()) {
            return API_JAVA_OPTIONS;
        }
        List<String> options = List.of(value.get().split("\\s+"));
        for (String option : options) {
            if (!option.startsWith("-") || option.equals("-jar") || option.startsWith("-cp")
                    || option.startsWith("-classpath") || option.startsWith("--class-path")) {
                throw new IllegalArgumentException(API_JAVA_OPTIONS_VARIABLE
                        + " takes JVM options such as -XX:+UseG1GC, not '" + option + "'");
            }
            if (option.startsWith("-Xmx") || option.startsWith("-XX:MaxHeapSize")) {
                throw new IllegalArgumentException(API_JAVA_OPTIONS_VARIABLE + " must not set the heap ('" + option
                        + "'): use YONGJIA_API_HEAP");
            }
        }
        return options;
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static int port(Map<String, String> env, String name, int preferred) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return preferred;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number (0 for any free port), not '" + value + "'");
        }
    }

    /** The apps folder next to the launcher jar ({@code java -jar launcher/target/launcher-exec.jar}). */
    private static Path defaultAppsDir() {
        String configured = System.getProperty("yongjia.apps-dir");
        if (configured != null) {
            return Path.of(configured);
        }
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            return Path.of(classPath).toAbsolutePath().getParent().resolve("apps");
        }
        return Path.of("launcher", "target", "apps").toAbsolutePath();
    }
}
