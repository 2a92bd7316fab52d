package cn.gov.yongjia.shixiao.graphqlapi.release;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/** Attachments: type judged by content, size limited, stored with the record, downloaded at a stable URL. */
@PlatformIntegrationTest
class ReleaseAttachmentIntegrationTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    WebTestClient http;

    @BeforeEach
    void setUp() {
        ReleaseTestAccounts.ensure(accounts);
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(java.time.Duration.ofSeconds(60)).build();
    }

    private String draft() {
        return StaffClients.as(port, ReleaseTestAccounts.EDITOR).documentName("createRelease")
                .variable("input", ReleaseWorkflowIntegrationTest.draft("带附件的发布")).execute()
                .path("createRelease.release.id").entity(String.class).get();
    }

    private WebTestClient.ResponseSpec upload(String releaseId, String fileName, byte[] content, String username) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }).contentType(MediaType.APPLICATION_OCTET_STREAM);
        var request = http.post().uri("/releases/{id}/attachments", releaseId);
        if (username != null) {
            request = request.headers(h -> h.setBasicAuth(username, StaffClients.PASSWORD));
        }
        return request.body(BodyInserters.fromMultipartData(body.build())).exchange();
    }

    private long stored(String releaseId) {
        return jdbc.sql("select count(*) from release_attachment where release_id = :id")
                .param("id", cn.gov.yongjia.shixiao.graphqlapi.relay.GlobalId.keyOf(releaseId, "Release", "id"))
                .query(Long.class).single();
    }

    @Test
    void aPdfIsStoredAndDownloadedOnceTheReleaseIsPublic() {
        String release = draft();
        @SuppressWarnings("unchecked")
        Map<String, Object> attachment = upload(release, "检查通报.pdf", PDF, ReleaseTestAccounts.EDITOR)
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(attachment).containsEntry("fileName", "检查通报.pdf").containsEntry("contentType", "application/pdf")
                .containsEntry("size", PDF.length);
        String url = (String) attachment.get("url");
        assertThat(url).isEqualTo("http://localhost:8080/releases/attachments/" + attachment.get("id"));
        upload(release, "现场.PNG", PNG, ReleaseTestAccounts.EDITOR).expectStatus().isCreated()
                .expectBody().jsonPath("$.contentType").isEqualTo("image/png");

        StaffClients.as(port, ReleaseTestAccounts.EDITOR).document("""
                        query($id: ID!) { release(id: $id) { attachments { id fileName contentType size url } } }""")
                .variable("id", release).execute()
                .path("release.attachments[*].fileName").entityList(String.class).containsExactly("检查通报.pdf", "现场.PNG")
                .path("release.attachments[0].url").entity(String.class).isEqualTo(url);

        String path = "/releases/attachments/" + attachment.get("id");
        http.get().uri(path).exchange().expectStatus().isNotFound(); // the release is a draft
        StaffClients.as(port, ReleaseTestAccounts.PUBLISHER).documentName("publishRelease").variable("id", release).execute()
                .path("publishRelease.userErrors").entityList(Object.class).hasSize(0);
        byte[] downloaded = http.get().uri(path).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/pdf")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, d -> assertThat(d).startsWith("inline").contains("UTF-8''"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(downloaded).isEqualTo(PDF);
    }

    @Test
    void wrongTypesOversizedFilesAndOutsidersAreRefusedAndNothingIsStored() {
        String release = draft();
        String editor = ReleaseTestAccounts.EDITOR;
        // an HTML page named .pdf, a PNG named .pdf, an SVG, a script, an empty file
        upload(release, "通报.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), editor)
                .expectStatus().isEqualTo(415).expectBody().jsonPath("$.userErrors[0].code").isEqualTo("INVALID");
        upload(release, "通报.pdf", PNG, editor).expectStatus().isEqualTo(415)
                .expectBody().jsonPath("$.userErrors[0].message").value(m -> assertThat((String) m).contains("image/png"));
        upload(release, "图.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8),
                editor).expectStatus().isEqualTo(415);
        upload(release, "run.exe", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), editor).expectStatus().isEqualTo(415);
        upload(release, "空.pdf", new byte[0], editor).expectStatus().isBadRequest();
        // larger than yongjia.releases.max-attachment-size (10 MB by default)
        byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        upload(release, "大.pdf", large, editor).expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.userErrors[0].message").value(m -> assertThat((String) m).contains("10 MB"));
        // only editors upload
        upload(release, "通报.pdf", PDF, null).expectStatus().isUnauthorized();
        upload(release, "通报.pdf", PDF, StaffClients.POLICE_INSPECTOR).expectStatus().isForbidden();
        upload(release, "通报.pdf", PDF, ReleaseTestAccounts.PUBLISHER).expectStatus().isForbidden();
        upload("bm90LWFuLWlk", "通报.pdf", PDF, editor).expectStatus().isBadRequest();
        assertThat(stored(release)).isZero();
    }
}
