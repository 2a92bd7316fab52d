package cn.gov.yongjia.shixiao.graphqlapi;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxRetentionPropertiesTest {

    @Test
    void keepsDeliveredChangesForAWeekAndCleansUpHourlyByDefault() {
        OutboxRetentionProperties properties = bind(Map.of());

        assertThat(properties.keepCompletedFor()).isEqualTo(Duration.ofDays(7));
        assertThat(properties.cleanupInterval()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theEnvironmentVariableOfReadmeSetsTheRetention() {
        OutboxRetentionProperties properties = bind(Map.of("YONGJIA_OUTBOX_RETENTION_KEEP_COMPLETED_FOR", "30d"));

        assertThat(properties.keepCompletedFor()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void refusesANegativeRetentionAndAZeroInterval() {
        assertThatThrownBy(() -> bind(Map.of("YONGJIA_OUTBOX_RETENTION_KEEP_COMPLETED_FOR", "-1d")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("keep-completed-for must not be negative");
        assertThatThrownBy(() -> bind(Map.of("YONGJIA_OUTBOX_RETENTION_CLEANUP_INTERVAL", "0s")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("cleanup-interval must be positive");
    }

    private static OutboxRetentionProperties bind(Map<String, Object> environment) {
        StandardEnvironment spring = new StandardEnvironment();
        spring.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
        ConfigurationPropertySources.attach(spring);
        return Binder.get(spring).bindOrCreate("yongjia.outbox.retention", OutboxRetentionProperties.class);
    }
}
