package cn.gov.yongjia.shixiao.graphqlapi;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Records the SQL of every statement the application prepares, to prove that nested queries load in batches. */
public final class StatementLog {

    private final List<String> statements = new CopyOnWriteArrayList<>();

    public void clear() {
        statements.clear();
    }

    /** The statements since the last {@link #clear()}, leaving out the outbox's own bookkeeping. */
    public List<String> statements() {
        return statements.stream().filter(sql -> !sql.toLowerCase(java.util.Locale.ROOT).contains("event_publication")).toList();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        static StatementLog statementLog() {
            return new StatementLog();
        }

        @Bean
        static BeanPostProcessor statementLoggingDataSource(org.springframework.beans.factory.ObjectProvider<StatementLog> log) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof DataSource dataSource) {
                        return proxy(DataSource.class, dataSource, (target, method, args) -> {
                            Object result = method.invoke(target, args);
                            return result instanceof Connection connection
                                    ? proxy(Connection.class, connection, (c, m, a) -> {
                                        if (m.getName().startsWith("prepare") && a != null && a[0] instanceof String sql) {
                                            log.getObject().statements.add(sql);
                                        }
                                        return m.invoke(c, a);
                                    })
                                    : result;
                        });
                    }
                    return bean;
                }
            };
        }
    }

    interface Handler<T> {
        Object handle(T target, java.lang.reflect.Method method, Object[] args) throws Exception;
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (p, method, args) -> {
            try {
                return handler.handle(target, method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, invocation);
    }
}
