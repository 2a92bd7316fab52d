package cn.gov.yongjia.shixiao.graphqlapi;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Delivered changes are deleted from the outbox once older than the retention, on the clean-up's own schedule;
 * recent delivered ones and undelivered ones of any age stay.
 */
@PlatformIntegrationTest
@TestPropertySource(properties = {
        // no retry round during the test: the undelivered row below belongs to no listener
        "yongjia.outbox.retry-interval=1h",
        "yongjia.outbox.retention.keep-completed-for=1d",
        "yongjia.outbox.retention.cleanup-interval=1s"})
class OutboxRetentionIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void deletesOnlyDeliveredChangesOlderThanTheRetention() {
        OffsetDateTime now = OffsetDateTime.now();
        UUID deliveredLongAgo = publication(now.minusDays(9), now.minusDays(8));
        UUID deliveredJustOverADayAgo = publication(now.minusHours(26), now.minusHours(25));
        UUID deliveredRecently = publication(now.minusHours(2), now.minusHours(1));
        UUID undeliveredLongAgo = publication(now.minusDays(30), null);

        await().atMost(Duration.ofSeconds(30)).until(() -> !exists(deliveredLongAgo) && !exists(deliveredJustOverADayAgo));

        assertThat(exists(deliveredRecently)).as("delivered within the retention").isTrue();
        assertThat(exists(undeliveredLongAgo)).as("never delivered: kept for the retry").isTrue();
    }

    private UUID publication(OffsetDateTime published, OffsetDateTime completed) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                                       completion_date, status, completion_attempts)
                        values (:id, 'test.retention.listener', 'test.retention.Probe', :event, :published, :completed,
                                :status, 1)""")
                .param("id", id)
                .param("event", "{\"probe\":\"" + id + "\"}")
                .param("published", published)
                .param("completed", completed)
                .param("status", completed == null ? "PUBLISHED" : "COMPLETED")
                .update();
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.sql("select count(*) from event_publication where id = :id").param("id", id).query(Long.class)
                .single() == 1;
    }
}
