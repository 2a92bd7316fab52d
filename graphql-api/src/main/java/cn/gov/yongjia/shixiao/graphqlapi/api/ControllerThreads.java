package cn.gov.yongjia.shixiao.graphqlapi.api;

import java.util.Set;
import java.util.concurrent.CompletionStage;

import org.reactivestreams.Publisher;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.graphql.data.method.HandlerMethod;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;

/**
 * Which controller methods run on a thread of their own. With virtual threads on, Spring for GraphQL by default hands
 * every controller method that returns a plain value to the application's executor, a new virtual thread each: a
 * search page of 20 businesses made 20 such hand-offs just for {@code Business.id}. Here only the operations' own
 * fields (query, mutation, subscription: they read PostgreSQL or Elasticsearch, and the fields of one request run side
 * by side) get a thread of their own; a field of a type runs on the thread that fetched its parent, which is itself
 * a virtual thread, so blocking there is cheap.
 */
@Configuration(proxyBeanMethods = false)
class ControllerThreads {

    private static final Set<String> OPERATION_TYPES = Set.of("Query", "Mutation", "Subscription");

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

    /** Whether a controller method is an operation's field that returns a plain value (so may block). */
    static boolean runsOnItsOwnThread(HandlerMethod method) {
        Class<?> returned = method.getReturnType().getParameterType();
        if (CompletionStage.class.isAssignableFrom(returned) || Publisher.class.isAssignableFrom(returned)) {
            return false;
        }
        return OPERATION_TYPES.contains(typeName(method));
    }

    private static String typeName(HandlerMethod method) {
        SchemaMapping onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), SchemaMapping.class);
        if (onMethod != null && !onMethod.typeName().isEmpty()) {
            return onMethod.typeName();
        }
        SchemaMapping onType = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), SchemaMapping.class);
        return onType == null ? "" : onType.typeName();
    }
}
