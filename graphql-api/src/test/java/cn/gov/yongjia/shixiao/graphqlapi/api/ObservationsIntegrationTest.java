package cn.gov.yongjia.shixiao.graphqlapi.api;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing times each request or field (application.yml): no registry exports such timers, so they would only cost CPU
 * on every search. A request over HTTP leaves no HTTP or GraphQL meter behind.
 */
@PlatformIntegrationTest
class ObservationsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ApplicationContext context;

    @Test
    void aGraphQlRequestOverHttpIsNotTimed() {
        StaffClients.anonymous(port).document("{ townships { code } }").execute()
                .path("townships[0].code").hasValue();

        assertThat(meters.getMeters()).extracting(meter -> meter.getId().getName())
                .isNotEmpty() // the registry is there (the JVM's and the pool's meters are)
                .noneMatch(name -> name.startsWith("http.server") || name.startsWith("graphql"));
    }

    @Test
    void noInstrumentationWrapsTheFieldsForObservations() {
        assertThat(context.getBeanNamesForType(GraphQlObservationInstrumentation.class)).isEmpty();
    }
}
