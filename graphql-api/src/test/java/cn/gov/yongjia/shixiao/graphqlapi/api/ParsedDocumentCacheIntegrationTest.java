package cn.gov.yongjia.shixiao.graphqlapi.api;

import java.util.UUID;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The API keeps what it parsed: a document sent twice answers the same, and its parsed form is kept after the first. */
@PlatformIntegrationTest
class ParsedDocumentCacheIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ParsedDocumentCache cache;

    @Test
    void aDocumentIsKeptAfterItsFirstRequestAndStillHonoursOtherVariables() {
        String query = "# " + UUID.randomUUID() + "\nquery($withName: Boolean!) { townships { code name @include(if: $withName) } }";
        assertThat(cache.holds(query)).isFalse();

        var tester = StaffClients.anonymous(port);
        tester.document(query).variable("withName", true).execute()
                .path("townships[?(@.code == 'OUBEI')].name").entityList(String.class).containsExactly("瓯北街道");
        assertThat(cache.holds(query)).isTrue();
        tester.document(query).variable("withName", false).execute()
                .path("townships[?(@.code == 'OUBEI')].code").entityList(String.class).containsExactly("OUBEI")
                .path("townships[0].name").pathDoesNotExist();
    }

    @Test
    void aDocumentThatFailsValidationIsRefusedEveryTime() {
        String query = "# " + UUID.randomUUID() + "\n{ noSuchField }";
        var tester = StaffClients.anonymous(port);
        for (int attempt = 0; attempt < 2; attempt++) {
            tester.document(query).execute().errors()
                    .satisfy(errors -> assertThat(errors).singleElement()
                            .satisfies(e -> assertThat(e.getMessage()).contains("noSuchField")));
        }
        assertThat(cache.holds(query)).isTrue();
    }
}
