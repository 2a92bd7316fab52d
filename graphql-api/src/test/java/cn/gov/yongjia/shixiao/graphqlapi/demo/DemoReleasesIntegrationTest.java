package cn.gov.yongjia.shixiao.graphqlapi.demo;

import java.util.List;
import java.util.Map;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo releases load with the demo data: the county's own document with its real dates, and about thirty more. */
@PlatformIntegrationTest
@TestPropertySource(properties = {"yongjia.demo-data.enabled=true", "yongjia.demo-data.businesses=30"})
class DemoReleasesIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoReleasesAreLoadedAndMarked() {
        assertThat(jdbc.sql("select count(*) from news_release where demo").query(Long.class).single()).isBetween(28L, 40L);
        assertThat(jdbc.sql("select count(*) from news_release where not demo").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select distinct category_code from news_release").query(String.class).list())
                .containsExactlyInAnyOrder("WORK_NEWS", "NOTICE", "EXPOSURE", "POLICY_INTERPRETATION", "MODEL_CREATION");
        assertThat(jdbc.sql("select distinct state from news_release").query(String.class).list())
                .containsExactlyInAnyOrder("DRAFT", "SCHEDULED", "PUBLISHED", "WITHDRAWN");

        var anonymous = StaffClients.anonymous(port);
        String county = anonymous.documentName("releases")
                .variable("filter", Map.of("categories", List.of("NOTICE"), "publishedUntil", "2010-08-09", "language", "ZH"))
                .execute()
                .path("releases.totalCount").entity(Integer.class).isEqualTo(1)
                .path("releases.edges[0].node.id").entity(String.class).get();
        anonymous.documentName("release").variable("id", county).execute()
                .path("release.documentNumber").entity(String.class).isEqualTo("永政办发〔2010〕126号")
                .path("release.writtenOn").entity(String.class).isEqualTo("2010-08-09")
                .path("release.publishedAt").entity(String.class).isEqualTo("2010-08-09T09:00:00+08:00")
                .path("release.indexNumber").entity(String.class).isEqualTo("3303240001/201008-00001")
                .path("release.issuer.name").entity(String.class).isEqualTo("永嘉县人民政府办公室")
                .path("release.category.name").entity(String.class).isEqualTo("通知公告")
                .path("release.bodyHtml").entity(String.class).satisfies(html -> assertThat(html)
                        .contains("县级统筹协调、部门牵头指导、乡镇具体负责").doesNotContain("<script"))
                .path("release.translation.language").entity(String.class).isEqualTo("EN")
                .path("release.demo").entity(Boolean.class).isEqualTo(true);

        // the exposure list links demo businesses, and they link back
        String exposure = anonymous.documentName("releases")
                .variable("filter", Map.of("categories", List.of("EXPOSURE"))).variable("first", 100).execute()
                .path("releases.edges[0].node.id").entity(String.class).get();
        List<String> linked = anonymous.documentName("release").variable("id", exposure).execute()
                .path("release.businesses[*].id").entityList(String.class).hasSizeGreaterThan(0).get();
        anonymous.documentName("businessReleases").variable("id", linked.getFirst()).execute()
                .path("node.releases[*].id").entityList(String.class).contains(exposure);

        // the demo press officers can sign in and see the draft and the scheduled release
        StaffClients.as(port, DemoReleases.EDITOR, "demo-editor").documentName("releases")
                .variable("filter", Map.of("states", List.of("DRAFT", "SCHEDULED"))).execute()
                .path("releases.totalCount").entity(Integer.class).isEqualTo(2);
    }
}
