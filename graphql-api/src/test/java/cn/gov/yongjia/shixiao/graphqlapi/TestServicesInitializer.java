package cn.gov.yongjia.shixiao.graphqlapi;

import java.util.Map;

import cn.gov.yongjia.shixiao.embedded.TestServices;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a test context at the shared test services, with its own database and index prefix. */
public class TestServicesInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String INLINED = "Inlined Test Properties";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestServices services = TestServices.shared();
        var sources = context.getEnvironment().getPropertySources();
        // below the test's own inlined properties, so a test can still point somewhere else (e.g. a dead server)
        var testServices = new MapPropertySource("test-services", Map.of(
                "spring.datasource.url", services.newDatabase(),
                "spring.datasource.username", services.postgres().username(),
                "spring.elasticsearch.uris", services.elasticsearch().uri(),
                "yongjia.search.index-prefix", services.newIndexPrefix(),
                "yongjia.outbox.retry-interval", "2s"));
        if (sources.contains(INLINED)) {
            sources.addAfter(INLINED, testServices);
        } else {
            sources.addFirst(testServices);
        }
    }
}
