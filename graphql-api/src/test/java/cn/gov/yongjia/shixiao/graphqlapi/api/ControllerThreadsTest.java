package cn.gov.yongjia.shixiao.graphqlapi.api;

import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.data.method.HandlerMethod;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

class ControllerThreadsTest {

    static class Shops {

        @QueryMapping
        String shop() {
            return "a";
        }

        @MutationMapping
        String renameShop() {
            return "b";
        }

        @SubscriptionMapping
        Flux<String> shopRenamed() {
            return Flux.empty();
        }

        @QueryMapping
        CompletableFuture<String> shopLater() {
            return CompletableFuture.completedFuture("c");
        }

        @SchemaMapping(typeName = "Query")
        String shopByName() {
            return "d";
        }

        @SchemaMapping(typeName = "Shop")
        String id(Object shop) {
            return "e";
        }
    }

    @SchemaMapping(typeName = "Shop")
    static class ShopFields {

        @SchemaMapping
        String name(Object shop) {
            return "f";
        }
    }

    @Test
    void noControllerMethodIsHandedToAThreadOfItsOwn() throws Exception {
        assertThat(ControllerThreads.runsOnItsOwnThread(method(new Shops(), "shop"))).isFalse();
        assertThat(ControllerThreads.runsOnItsOwnThread(method(new Shops(), "renameShop"))).isFalse();
        assertThat(ControllerThreads.runsOnItsOwnThread(method(new Shops(), "shopByName"))).isFalse();
        assertThat(ControllerThreads.runsOnItsOwnThread(method(new Shops(), "shopRenamed"))).isFalse();
        assertThat(ControllerThreads.runsOnItsOwnThread(method(new Shops(), "shopLater"))).isFalse();
        assertThat(ControllerThreads.runsOnItsOwnThread(method(new Shops(), "id", Object.class))).isFalse();
        assertThat(ControllerThreads.runsOnItsOwnThread(method(new ShopFields(), "name", Object.class))).isFalse();
    }

    private static HandlerMethod method(Object bean, String name, Class<?>... parameters) throws NoSuchMethodException {
        return new HandlerMethod(bean, bean.getClass().getDeclaredMethod(name, parameters));
    }
}
