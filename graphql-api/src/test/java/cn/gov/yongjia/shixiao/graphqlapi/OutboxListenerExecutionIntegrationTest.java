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
import static org.awaitility.Awaitility.await;

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
        // deliveries hold on until the pool is full, so the burst really overlaps; then they are let go
        await().atMost(Duration.ofSeconds(60)).until(() -> listener.running() >= properties.threads());
        listener.release();

        assertThat(listener.awaitAll()).as("every change delivered").isTrue();
        assertThat(listener.maxConcurrent()).isBetween(1, properties.threads());
        assertThat(listener.threadNames()).isNotEmpty()
                .allSatisfy(name -> assertThat(name).startsWith("outbox-listener-"));
    }

    record ProbeHappened(int number) {
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class SlowListener {

        // the listener is proxied (asynchronous, transactional): read its state through methods, not fields
        private final CountDownLatch delivered = new CountDownLatch(BURST);
        private final CountDownLatch released = new CountDownLatch(1);
        private final AtomicInteger running = new AtomicInteger();
        private final AtomicInteger maxConcurrent = new AtomicInteger();
        private final Set<String> threadNames = ConcurrentHashMap.newKeySet();

        public boolean awaitAll() throws InterruptedException {
            return delivered.await(2, TimeUnit.MINUTES);
        }

        public int running() {
            return running.get();
        }

        public void release() {
            released.countDown();
        }

        public int maxConcurrent() {
            return maxConcurrent.get();
        }

        public Set<String> threadNames() {
            return Set.copyOf(threadNames);
        }

        @ApplicationModuleListener
        void on(ProbeHappened event) throws InterruptedException {
            int now = running.incrementAndGet();
            maxConcurrent.accumulateAndGet(now, Math::max);
            threadNames.add(Thread.currentThread().getName());
            released.await(2, TimeUnit.MINUTES);
            running.decrementAndGet();
            delivered.countDown();
        }
    }
}
