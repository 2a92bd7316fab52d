package cn.gov.yongjia.shixiao.graphqlapi.release;

import java.time.Duration;
import java.util.Map;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.Disposable;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;

/** A partner subscribed over WebSocket (graphql-ws) receives a release when a publisher publishes it. */
@PlatformIntegrationTest
class ReleaseSubscriptionIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Test
    void aSubscriberReceivesAReleasePublishedByAMutation() {
        ReleaseTestAccounts.ensure(accounts);
        WebSocketGraphQlClient client = WebSocketGraphQlClient
                .builder("ws://localhost:" + port + "/graphql-ws", new StandardWebSocketClient()).build();
        Sinks.Many<ClientGraphQlResponse> received = Sinks.many().replay().all();
        Sinks.One<Boolean> subscribed = Sinks.one();
        client.start().block(Duration.ofSeconds(30));
        try {
            Disposable subscription = client.document("""
                            subscription { releasePublished { id indexNumber title state publishedAt category { name } } }""")
                    .executeSubscription()
                    .doOnSubscribe(s -> subscribed.tryEmitValue(true))
                    .subscribe(received::tryEmitNext);
            subscribed.asMono().block(Duration.ofSeconds(30));

            String id = StaffClients.as(port, ReleaseTestAccounts.EDITOR).documentName("createRelease")
                    .variable("input", ReleaseWorkflowIntegrationTest.draft("订阅推送测试"))
                    .execute().path("createRelease.release.id").entity(String.class).get();
            // a draft is not announced; publishing it is
            StaffClients.as(port, ReleaseTestAccounts.PUBLISHER).documentName("publishRelease").variable("id", id).execute()
                    .path("publishRelease.release.state").entity(String.class).isEqualTo("PUBLISHED");

            ClientGraphQlResponse response = received.asFlux()
                    .filter(r -> id.equals(r.field("releasePublished.id").getValue()))
                    .blockFirst(Duration.ofSeconds(60));
            assertThat(response).isNotNull();
            assertThat(response.getErrors()).isEmpty();
            Map<String, Object> release = response.field("releasePublished").getValue();
            assertThat(release).containsEntry("title", "订阅推送测试").containsEntry("state", "PUBLISHED")
                    .containsEntry("category", Map.of("name", "工作动态"));
            subscription.dispose();
        } finally {
            client.stop().block(Duration.ofSeconds(10));
        }
    }
}
