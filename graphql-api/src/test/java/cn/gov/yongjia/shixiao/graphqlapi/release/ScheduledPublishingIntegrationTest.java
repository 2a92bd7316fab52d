package cn.gov.yongjia.shixiao.graphqlapi.release;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.yongjia.shixiao.graphqlapi.GraphqlApiApplication;
import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.schema.types.ReleaseLanguage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scheduled releases are published at their time exactly once, by whichever of two running instances claims them
 * first, and one that fell due while no instance ran is published by the next one to start. The instances are whole
 * applications on this test's database; this test's own context never publishes (its first check is an hour away).
 */
@PlatformIntegrationTest
@TestPropertySource(properties = "yongjia.releases.publish-initial-delay=1h")
class ScheduledPublishingIntegrationTest {

    @Autowired
    ReleaseRecords records;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    private ConfigurableApplicationContext startInstance() {
        // command-line arguments: above application.yml, as the test context's own properties are
        Map<String, Object> properties = new HashMap<>();
        for (String name : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
                "spring.elasticsearch.uris", "yongjia.search.index-prefix")) {
            String value = environment.getProperty(name);
            if (value != null) {
                properties.put(name, value);
            }
        }
        properties.put("server.port", "0");
        properties.put("yongjia.releases.publish-initial-delay", "0s");
        properties.put("yongjia.releases.publish-check-interval", "100ms");
        properties.put("yongjia.outbox.retry-interval", "2s");
        return new SpringApplicationBuilder(GraphqlApiApplication.class)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    private long draft(String title) {
        var content = new ReleaseContent(null, title, null, "定时发布的正文", "NOTICE", List.of(), null, null, null, List.of());
        return records.create(content, "SHIXIAO_OFFICE", ReleaseLanguage.ZH, null, "test.scheduler.editor", false)
                .release().key();
    }

    private String state(long key) {
        return jdbc.sql("select state from news_release where id = :id").param("id", key).query(String.class).single();
    }

    private long count(String sql, long key) {
        return jdbc.sql(sql).param("key", key).query(Long.class).single();
    }

    private void assertPublishedOnceAt(long key, OffsetDateTime scheduledFor) {
        assertThat(state(key)).isEqualTo("PUBLISHED");
        assertThat(jdbc.sql("select published_at from news_release where id = :id").param("id", key)
                .query(OffsetDateTime.class).single().toInstant()).isEqualTo(scheduledFor.toInstant());
        assertThat(count("select count(*) from audit_entry where entity_type = 'Release' and entity_key = :key"
                + " and action = 'RELEASE_PUBLISHED'", key)).isEqualTo(1);
        // exactly one ReleasePublished went through the outbox (one listener: the subscription)
        assertThat(count("select count(*) from event_publication where event_type like '%.ReleasePublished'"
                + " and serialized_event::jsonb ->> 'releaseKey' = cast(:key as text)", key)).isEqualTo(1);
    }

    @Test
    void twoInstancesPublishEachDueReleaseExactlyOnceAndARestartCatchesUp() {
        List<Long> keys = new ArrayList<>();
        OffsetDateTime dueAt;
        try (ConfigurableApplicationContext first = startInstance(); ConfigurableApplicationContext second = startInstance()) {
            dueAt = OffsetDateTime.now().plusSeconds(2).truncatedTo(ChronoUnit.MICROS);
            for (int i = 0; i < 12; i++) {
                long key = draft("两个实例定时发布 " + i);
                assertThat(records.schedule(key, dueAt, "test.scheduler.publisher").userErrors()).isEmpty();
                keys.add(key);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> keys.stream().allMatch(k -> state(k).equals("PUBLISHED")));
        }
        for (long key : keys) {
            assertPublishedOnceAt(key, dueAt);
        }

        // no instance runs: the release falls due and stays scheduled
        long late = draft("停机期间到期");
        OffsetDateTime lateDue = OffsetDateTime.now().plusSeconds(1).truncatedTo(ChronoUnit.MICROS);
        assertThat(records.schedule(late, lateDue, "test.scheduler.publisher").userErrors()).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> OffsetDateTime.now().isAfter(lateDue.plusSeconds(1)));
        assertThat(state(late)).isEqualTo("SCHEDULED");

        // the next start publishes it, once, at its scheduled time
        try (ConfigurableApplicationContext restarted = startInstance()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> state(late).equals("PUBLISHED"));
        }
        assertPublishedOnceAt(late, lateDue);
    }
}
