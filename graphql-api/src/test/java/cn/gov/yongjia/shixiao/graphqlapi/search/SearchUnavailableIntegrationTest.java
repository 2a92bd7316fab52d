package cn.gov.yongjia.shixiao.graphqlapi.search;

import java.util.Map;

import cn.gov.yongjia.shixiao.embedded.FreePort;
import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With Elasticsearch unreachable, search says so with a typed error and the register keeps working. */
@PlatformIntegrationTest
@TestPropertySource(properties = "spring.elasticsearch.uris=http://127.0.0.1:${test.dead-port}")
class SearchUnavailableIntegrationTest {

    static {
        System.setProperty("test.dead-port", Integer.toString(FreePort.any()));
    }

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void client() {
        StaffClients.ensureAccounts(accounts);
        graphQl = StaffClients.as(port, StaffClients.ADMIN);
    }

    @Test
    void searchAnswersSearchUnavailableWhileTheRegisterStillWorks() {
        graphQl.documentName("searchBusinesses").variable("query", "拉面").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getExtensions()).containsEntry("code", "SEARCH_UNAVAILABLE");
                    assertThat(e.getMessage()).doesNotContain("Exception");
                }));

        graphQl.documentName("suggestBusinessNames").variable("prefix", "拉面").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "SEARCH_UNAVAILABLE")));

        graphQl.documentName("registerBusiness").variable("input", Map.of("name", "黄田小吃店", "trade", "RESTAURANT"))
                .execute().path("registerBusiness.business.name").entity(String.class).isEqualTo("黄田小吃店");
        graphQl.documentName("businesses").variable("first", 5).execute()
                .path("businesses.totalCount").entity(Long.class).isEqualTo(1L);
    }
}
