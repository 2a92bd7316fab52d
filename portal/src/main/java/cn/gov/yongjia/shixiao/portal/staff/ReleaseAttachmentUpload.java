package cn.gov.yongjia.shixiao.portal.staff;

import java.util.List;
import java.util.Map;

import cn.gov.yongjia.shixiao.portal.api.PortalProperties;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends a file the staff member attached to the API's upload endpoint ({@code POST /releases/{id}/attachments},
 * multipart, bearer token). The API checks type and size; its refusal message comes back for the UI to show.
 */
@Service
public class ReleaseAttachmentUpload {

    private final RestClient client;
    private final PortalProperties properties;

    ReleaseAttachmentUpload(PortalProperties properties, RestClient.Builder restClients) {
        this.properties = properties;
        this.client = restClients.clone().build();
    }

    /** Uploads; empty on success, otherwise the API's messages. */
    public List<String> upload(String token, String releaseId, String fileName, byte[] content) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        try {
            return client.post().uri(properties.apiUrl().resolve("/releases/" + releaseId + "/attachments"))
                    .header("Authorization", "Bearer " + token)
                    .contentType(MediaType.MULTIPART_FORM_DATA)
                    .body(parts)
                    .exchange((request, response) -> {
                        if (response.getStatusCode().is2xxSuccessful()) {
                            return List.<String>of();
                        }
                        Map<?, ?> body = response.bodyTo(Map.class);
                        return messages(body, response.getStatusCode().value());
                    });
        } catch (RestClientException e) {
            return List.of("UNREACHABLE");
        }
    }

    private static List<String> messages(Map<?, ?> body, int status) {
        if (body == null) {
            return List.of("HTTP " + status);
        }
        if (body.get("userErrors") instanceof List<?> errors && !errors.isEmpty()) {
            return errors.stream().map(e -> e instanceof Map<?, ?> m ? String.valueOf(m.get("message")) : String.valueOf(e))
                    .toList();
        }
        Object message = body.get("message");
        return List.of(message == null ? "HTTP " + status : message.toString());
    }
}
