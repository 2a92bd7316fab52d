package cn.gov.yongjia.shixiao.graphqlapi.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.yongjia.shixiao.graphqlapi.api.AccessRefusedException;
import cn.gov.yongjia.shixiao.graphqlapi.api.ErrorCode;
import cn.gov.yongjia.shixiao.graphqlapi.api.InvalidArgumentException;
import cn.gov.yongjia.shixiao.graphqlapi.api.UserError;
import cn.gov.yongjia.shixiao.graphqlapi.relay.GlobalId;
import cn.gov.yongjia.shixiao.graphqlapi.staff.ReleaseRight;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccess;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffMember;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * GraphQL has no standard upload, so attachments go up over plain HTTP: {@code POST /releases/{releaseId}/attachments}
 * with a multipart {@code file}, signed in (HTTP Basic or bearer token) with the edit right. The answer is JSON: the
 * attachment (201), or {@code userErrors} with 400, 404, 409, 413 (too large) or 415 (not a PDF or image), or an
 * {@code error} code with 401 or 403. Downloads are public (for published releases) at the attachment's stable URL.
 */
@RestController
class AttachmentEndpoints {

    private final ReleaseAttachments attachments;
    private final ReleaseRecords records;
    private final StaffAccess access;

    AttachmentEndpoints(ReleaseAttachments attachments, ReleaseRecords records, StaffAccess access) {
        this.attachments = attachments;
        this.records = records;
        this.access = access;
    }

    @PostMapping(path = "/releases/{releaseId}/attachments", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> upload(@PathVariable String releaseId, @RequestParam("file") MultipartFile file)
            throws IOException {
        StaffMember editor = access.requireReleaseRight(ReleaseRight.EDIT);
        long key = GlobalId.keyOf(releaseId, Release.TYPE, "releaseId");
        var outcome = attachments.attach(key, file.getOriginalFilename(), file.getBytes(), editor.username());
        if (outcome.attachment() == null) {
            return ResponseEntity.status(outcome.status()).body(Map.of("userErrors", outcome.userErrors()));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(json(outcome.attachment()));
    }

    @GetMapping("/releases/attachments/{id}")
    ResponseEntity<byte[]> download(@PathVariable String id) {
        long key = GlobalId.keyOf(id, ReleaseAttachments.TYPE, "id");
        var file = attachments.download(key)
                .filter(f -> records.find(f.attachment().releaseKey()).map(r -> r.isPublic() || access.mayReadReleaseDrafts())
                        .orElse(false))
                .orElse(null);
        if (file == null) {
            return ResponseEntity.notFound().build();
        }
        var attachment = file.attachment();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(attachment.contentType()));
        headers.setContentLength(attachment.size());
        headers.setContentDisposition(ContentDisposition.inline().filename(attachment.fileName(), StandardCharsets.UTF_8).build());
        headers.setETag("\"" + attachment.sha256() + "\"");
        headers.setCacheControl(CacheControl.noCache());
        return new ResponseEntity<>(file.content(), headers, HttpStatus.OK);
    }

    Map<String, Object> json(ReleaseAttachments.Attachment attachment) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", attachment.globalId());
        json.put("fileName", attachment.fileName());
        json.put("contentType", attachment.contentType());
        json.put("size", attachment.size());
        json.put("url", attachments.url(attachment));
        return json;
    }

    @ExceptionHandler(AccessRefusedException.class)
    ResponseEntity<Map<String, Object>> refused(AccessRefusedException e) {
        return ResponseEntity.status(e.code() == ErrorCode.UNAUTHENTICATED ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", e.code().name(), "message", e.getMessage()));
    }

    @ExceptionHandler(InvalidArgumentException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidArgumentException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", ErrorCode.INVALID_ARGUMENT.name(), "message", e.getMessage()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("userErrors", List.of(UserError.invalid("文件过大 / The file is too large", "file"))));
    }
}
