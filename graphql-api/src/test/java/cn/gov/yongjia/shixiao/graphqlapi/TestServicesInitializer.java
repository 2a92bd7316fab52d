package cn.gov.yongjia.shixiao.graphqlapi;

import java.util.HashMap;
import java.util.Map;

import cn.gov.yongjia.shixiao.embedded.TestServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.DockerClientFactory;

/**
 * Points a test context at the test run's PostgreSQL and Elasticsearch, with its own database and index prefix.
 * By default these are the embedded services ({@link TestServices}); with
 * {@code -Dyongjia.test-services=testcontainers} and a Docker engine, containers from
 * {@link TestcontainersConfiguration} instead. Without Docker that switch falls back to the embedded services.
 */
public class TestServicesInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(TestServicesInitializer.class);
    private static final String INLINED = "Inlined Test Properties";

    /** Whether this test run uses the embedded services (the default, and the only choice without Docker). */
    public static boolean usesEmbeddedServices() {
        if (!"testcontainers".equals(System.getProperty("yongjia.test-services"))) {
            return true;
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return false;
        }
        log.warn("yongjia.test-services=testcontainers, but no Docker engine is available: using the embedded services");
        return true;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "yongjia.outbox.retry-interval", "2s",
                // should the database be gone while a context closes, don't wait long for it
                "spring.datasource.hikari.connection-timeout", "2000"));
        if (usesEmbeddedServices()) {
            TestServices services = TestServices.shared();
            // closed before PostgreSQL and Elasticsearch stop, not at the same time as they do
            services.closeBeforeStopping(context::close);
            properties.putAll(Map.of(
                    "spring.datasource.url", services.newDatabase(),
                    "spring.datasource.username", services.postgres().username(),
                    "spring.elasticsearch.uris", services.elasticsearch().uri(),
                    "yongjia.search.index-prefix", services.newIndexPrefix()));
        } else if (context instanceof GenericApplicationContext generic) {
            generic.registerBean(TestcontainersConfiguration.class);
        }
        var sources = context.getEnvironment().getPropertySources();
        // below the test's own inlined properties, so a test can still point somewhere else (e.g. a dead server)
        var testServices = new MapPropertySource("test-services", properties);
        if (sources.contains(INLINED)) {
            sources.addAfter(INLINED, testServices);
        } else {
            sources.addFirst(testServices);
        }
    }
}
