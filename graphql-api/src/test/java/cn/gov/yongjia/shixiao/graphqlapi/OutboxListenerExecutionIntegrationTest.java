package cn.gov.yongjia.shixiao.graphqlapi;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A burst of committed changes is delivered by the small outbox pool, never by one thread per change: each delivery
 * holds a database connection, and an unbounded burst took them all (the 2,000-business demo load did).
 */
@PlatformIntegrationTest
@Import(OutboxListenerExecutionIntegrationTest.SlowListener.class)
class OutboxListenerExecutionIntegrationTest {

    private static final int BURST = 24;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SlowListener listener;

    @Autowired
    OutboxListenerProperties properties;

    @Test
    void aBurstOfChangesIsDeliveredByTheBoundedPool() throws Exception {
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < BURST; i++) {
                events.publishEvent(new ProbeHappened(i));
            }
        });

        assertThat(listener.delivered.await(2, TimeUnit.MINUTES)).as("every change delivered").isTrue();
        assertThat(listener.maxConcurrent.get()).isBetween(1, properties.threads());
        assertThat(listener.threadNames).allSatisfy(name -> assertThat(name).startsWith("outbox-listener-"));
    }

    record ProbeHappened(int number) {
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class SlowListener {

        final CountDownLatch delivered = new CountDownLatch(BURST);
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger maxConcurrent = new AtomicInteger();
        final Set<String> threadNames = ConcurrentHashMap.newKeySet();

        @ApplicationModuleListener
        void on(ProbeHappened event) throws InterruptedException {
            int now = running.incrementAndGet();
            maxConcurrent.accumulateAndGet(now, Math::max);
            threadNames.add(Thread.currentThread().getName());
            Thread.sleep(Duration.ofMillis(150));
            running.decrementAndGet();
            delivered.countDown();
        }
    }
}
