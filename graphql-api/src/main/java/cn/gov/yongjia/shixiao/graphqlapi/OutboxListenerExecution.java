package cn.gov.yongjia.shixiao.graphqlapi;

import java.util.concurrent.Executor;

import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Runs the outbox's listeners (every {@code @ApplicationModuleListener} is {@code @Async}: indexing businesses and
 * releases, the release subscription) on a small pool of their own instead of one new virtual thread each.
 *
 * <p>Each listener holds a database connection while it works. Unbounded, a burst of changes (an import, the demo
 * load, a busy day) takes every pooled connection and requests time out waiting for one. Deliveries beyond the pool
 * wait in the queue; should the process stop first, they are still incomplete in the event publication registry,
 * which re-runs them on restart and on the outbox retry. Only {@code @Async} work uses this pool: Spring for GraphQL
 * keeps Boot's {@code applicationTaskExecutor} (an {@link AsyncConfigurer} is not an {@link Executor} bean). A failed
 * delivery is logged by {@link OutboxListenerFailures}.
 */
@Configuration(proxyBeanMethods = false)
class OutboxListenerExecution implements AsyncConfigurer, DisposableBean {

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    OutboxListenerExecution(OutboxListenerProperties properties) {
        executor.setCorePoolSize(properties.threads());
        executor.setMaxPoolSize(properties.threads());
        executor.setThreadNamePrefix("outbox-listener-");
        executor.setVirtualThreads(true);
        executor.initialize();
    }

    @Override
    public Executor getAsyncExecutor() {
        return executor;
    }

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return new OutboxListenerFailures();
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
