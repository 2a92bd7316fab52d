package cn.gov.yongjia.shixiao.graphqlapi.api;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.HandlerMethod;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;

/**
 * Every controller method runs on the thread that asks for its field. Given an executor (Spring Boot gives it the
 * application's task executor), Spring for GraphQL by default may hand each controller method that returns a plain
 * value to it (with virtual threads on, a new thread each: a search page of 20 businesses made 20 such hand-offs just
 * for {@code Business.id}), and a request whose result arrives on another thread is finished by a second,
 * asynchronous dispatch of Spring MVC. The thread that asks is Tomcat's request thread (or the one that fetched the
 * parent), which is there to block on PostgreSQL or Elasticsearch, and the request's security context is already in
 * place. A query is then answered start to end on its request's thread, without the asynchronous dispatch: measured
 * side by side on the search benchmark, a little less latency at one client and less CPU. Request threads are
 * platform threads ({@code spring.threads.virtual.enabled: false}, see application.yml); this policy holds either
 * way.
 * <p>
 * Given up: the root fields of one query no longer run side by side (mutations never did: GraphQL runs them in
 * order). On two cores that bought little, and each field running alongside held a database connection of its own.
 */
@Configuration(proxyBeanMethods = false)
class ControllerThreads {

    @Bean
    static BeanPostProcessor controllerThreadsPolicy() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                // before afterPropertiesSet(), which is when the configurer wires the methods
                if (bean instanceof AnnotatedControllerConfigurer configurer) {
                    configurer.setBlockingMethodPredicate(ControllerThreads::runsOnItsOwnThread);
                }
                return bean;
            }
        };
    }

    /** Whether a controller method is handed to a thread of its own: none is. */
    static boolean runsOnItsOwnThread(HandlerMethod method) {
        return false;
    }
}
