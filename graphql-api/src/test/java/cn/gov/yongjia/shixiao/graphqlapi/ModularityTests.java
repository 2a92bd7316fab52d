package cn.gov.yongjia.shixiao.graphqlapi;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/** Feature packages talk to each other only through their public API, and never in a cycle. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(GraphqlApiApplication.class);

    @Test
    void featurePackagesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theRegisterDoesNotKnowTheSearchIndex() {
        var business = modules.getModuleByName("business").orElseThrow();
        assertThat(business.getBootstrapDependencies(modules).map(m -> m.getName()).toList())
                .doesNotContain("search");
    }
}
