package cn.gov.yongjia.shixiao.graphqlapi.release;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.gov.yongjia.shixiao.graphqlapi.api.UserError;
import cn.gov.yongjia.shixiao.graphqlapi.audit.AuditLog;
import cn.gov.yongjia.shixiao.graphqlapi.relay.GlobalId;
import cn.gov.yongjia.shixiao.schema.types.ReleaseState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attachments of releases: checked by content and size, then stored in PostgreSQL in the same transaction as their
 * audit entry (durable with the record, backed up with it).
 */
@Component
class ReleaseAttachments {

    static final String TYPE = "ReleaseAttachment";
    private static final int MAX_FILE_NAME = 200;

    /** An attachment without its content. */
    record Attachment(long key, long releaseKey, String fileName, String contentType, int size, String sha256,
                      OffsetDateTime uploadedAt) {

        String globalId() {
            return new GlobalId(TYPE, key).encode();
        }
    }

    /** The stored file, for download. */
    record File(Attachment attachment, byte[] content) {
    }

    /** The stored attachment, or why it was refused (with the HTTP status that says so). */
    record Outcome(Attachment attachment, List<UserError> userErrors, int status) {
    }

    private final JdbcClient jdbc;
    private final ReleaseRepository releases;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final ReleaseProperties properties;

    ReleaseAttachments(JdbcClient jdbc, ReleaseRepository releases, AuditLog audit, TransactionTemplate transactions,
                       ApplicationEventPublisher events, ReleaseProperties properties) {
        this.jdbc = jdbc;
        this.releases = releases;
        this.audit = audit;
        this.transactions = transactions;
        this.events = events;
        this.properties = properties;
    }

    Outcome attach(long releaseKey, String fileName, byte[] content, String actor) {
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        if (name.isEmpty()) {
            return refused(415, UserError.required("file", "fileName"));
        }
        if (ReleaseCheck.length(name) > MAX_FILE_NAME) {
            return refused(400, UserError.tooLong(MAX_FILE_NAME, "file", "fileName"));
        }
        if (content.length == 0) {
            return refused(400, UserError.required("file"));
        }
        if (content.length > properties.maxAttachmentSize().toBytes()) {
            return refused(413, UserError.invalid("文件过大，最大 " + properties.maxAttachmentSize().toMegabytes()
                    + " MB / The file is larger than " + properties.maxAttachmentSize().toMegabytes() + " MB", "file"));
        }
        AttachmentType type = AttachmentType.of(content).orElse(null);
        if (type == null) {
            return refused(415, UserError.invalid("只接受 PDF、PNG、JPEG、GIF、WebP 文件（按内容判断）/ Only PDF, PNG, JPEG, GIF "
                    + "and WebP files are accepted, judged by their content", "file"));
        }
        if (!type.matchesName(name)) {
            return refused(415, UserError.invalid("文件名后缀与内容不符（内容为 " + type.contentType + "）/ The file name's "
                    + "extension does not match its content (" + type.contentType + ")", "file", "fileName"));
        }
        String sha256 = sha256(content);
        return transactions.execute(tx -> {
            Release release = releases.findForUpdate(releaseKey).orElse(null);
            if (release == null) {
                return refused(404, UserError.notFound("没有这条发布 / No such release", "releaseId"));
            }
            if (release.state() == ReleaseState.WITHDRAWN) {
                return refused(409, UserError.invalid("已撤回的发布不能加附件 / A withdrawn release cannot change", "releaseId"));
            }
            long key = jdbc.sql("""
                            insert into release_attachment (release_id, file_name, content_type, size, sha256, content, uploaded_by)
                            values (:release, :name, :type, :size, :sha256, :content, :actor) returning id""")
                    .param("release", releaseKey).param("name", name).param("type", type.contentType)
                    .param("size", content.length).param("sha256", sha256).param("content", content).param("actor", actor)
                    .query(Long.class).single();
            audit.record(actor, "RELEASE_ATTACHMENT_ADDED", Release.TYPE, releaseKey, Map.of("attachment", key,
                    "fileName", name, "contentType", type.contentType, "size", content.length, "sha256", sha256));
            events.publishEvent(new ReleaseChanged(releaseKey));
            return new Outcome(find(key).orElseThrow(), List.of(), 201);
        });
    }

    Optional<Attachment> find(long key) {
        return jdbc.sql("select id, release_id, file_name, content_type, size, sha256, uploaded_at from release_attachment where id = :id")
                .param("id", key).query(ReleaseAttachments::map).optional();
    }

    Optional<File> download(long key) {
        return find(key).map(a -> new File(a, jdbc.sql("select content from release_attachment where id = :id")
                .param("id", key).query(byte[].class).single()));
    }

    Map<Long, List<Attachment>> of(Collection<Long> releaseKeys) {
        return jdbc.sql("""
                        select id, release_id, file_name, content_type, size, sha256, uploaded_at from release_attachment
                        where release_id = any(:ids) order by id""")
                .param("ids", releaseKeys.toArray(Long[]::new)).query(ReleaseAttachments::map).list().stream()
                .collect(Collectors.groupingBy(Attachment::releaseKey));
    }

    String url(Attachment attachment) {
        return properties.apiUrl().replaceAll("/+$", "") + "/releases/attachments/" + attachment.globalId();
    }

    private static Outcome refused(int status, UserError error) {
        return new Outcome(null, List.of(error), status);
    }

    private static Attachment map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Attachment(rs.getLong("id"), rs.getLong("release_id"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getInt("size"), rs.getString("sha256"),
                rs.getObject("uploaded_at", OffsetDateTime.class));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
