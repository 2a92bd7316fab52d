package cn.gov.yongjia.shixiao.graphqlapi.reply;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.yongjia.shixiao.graphqlapi.api.AccessRefusedException;
import cn.gov.yongjia.shixiao.graphqlapi.api.UserError;
import cn.gov.yongjia.shixiao.graphqlapi.audit.AuditLog;
import cn.gov.yongjia.shixiao.graphqlapi.business.Business;
import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessRegistry;
import cn.gov.yongjia.shixiao.graphqlapi.relay.GlobalId;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccess;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffMember;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffRole;
import cn.gov.yongjia.shixiao.schema.types.ModerationDecision;
import cn.gov.yongjia.shixiao.schema.types.ReplyStatus;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The owner's right to reply: an owner account submits a reply to its business's rating; staff in scope approve or
 * reject it; the public sees only the latest approved reply, beside the rating.
 */
@Controller
class OwnerReplyController {

    static final int MAX_TEXT = 1000;
    private static final String COLUMNS = "id, business_id, author, text, submitted_at, status, moderated_at, moderation_note";

    record Submitted(OwnerReply reply, List<UserError> userErrors) {
    }

    private final JdbcClient jdbc;
    private final BusinessRegistry businesses;
    private final StaffAccess access;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    OwnerReplyController(JdbcClient jdbc, BusinessRegistry businesses, StaffAccess access, AuditLog audit,
                         TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.businesses = businesses;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
    }

    @MutationMapping
    Submitted submitOwnerReply(@Argument String businessId, @Argument String text) {
        long businessKey = GlobalId.keyOf(businessId, Business.TYPE, "businessId");
        StaffMember owner = access.current().orElseThrow(AccessRefusedException::notSignedIn);
        if (owner.role() != StaffRole.OWNER || owner.businessKey() == null || owner.businessKey() != businessKey) {
            throw AccessRefusedException.outOfScope("只有该经营主体的业主可以回应 / Only the owner of this business may reply");
        }
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            return new Submitted(null, List.of(UserError.required("text")));
        }
        if (clean.codePointCount(0, clean.length()) > MAX_TEXT) {
            return new Submitted(null, List.of(UserError.tooLong(MAX_TEXT, "text")));
        }
        return transactions.execute(tx -> {
            long key = jdbc.sql("insert into owner_reply (business_id, author, text) values (:business, :author, :text) returning id")
                    .param("business", businessKey).param("author", owner.username()).param("text", clean)
                    .query(Long.class).single();
            audit.record(owner.username(), "REPLY_SUBMITTED", OwnerReply.TYPE, key, Map.of("business", businessKey, "text", clean));
            return new Submitted(find(key).orElseThrow(), List.of());
        });
    }

    @MutationMapping
    Submitted moderateOwnerReply(@Argument String id, @Argument ModerationDecision decision, @Argument String note) {
        long key = GlobalId.keyOf(id, OwnerReply.TYPE, "id");
        OwnerReply reply = find(key).orElse(null);
        if (reply == null) {
            return new Submitted(null, List.of(new UserError(List.of("id"), "NOT_FOUND", "没有这条回应 / No such reply")));
        }
        Business business = businesses.find(reply.businessKey()).orElseThrow();
        StaffMember staff = access.requireMayActOn(business.trade(), business.townshipCode());
        if (reply.status() != ReplyStatus.PENDING) {
            return new Submitted(null, List.of(UserError.invalid("该回应已审核 / The reply was moderated already", "id")));
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 500) {
            return new Submitted(null, List.of(UserError.tooLong(500, "note")));
        }
        ReplyStatus status = decision == ModerationDecision.APPROVE ? ReplyStatus.APPROVED : ReplyStatus.REJECTED;
        return transactions.execute(tx -> {
            jdbc.sql("""
                            update owner_reply set status = :status, moderated_by = :by, moderated_at = now(),
                                moderation_note = :note where id = :id""")
                    .param("status", status.name()).param("by", staff.username()).param("note", cleanNote).param("id", key)
                    .update();
            audit.record(staff.username(), "REPLY_MODERATED", OwnerReply.TYPE, key,
                    Map.of("status", status.name(), "note", cleanNote == null ? "" : cleanNote));
            return new Submitted(find(key).orElseThrow(), List.of());
        });
    }

    /** The latest approved reply of each business in the page, in one query. */
    @BatchMapping(typeName = Business.TYPE)
    Map<Business, OwnerReply> ownerReply(List<Business> page) {
        Map<Long, OwnerReply> latest = jdbc.sql("select distinct on (business_id) " + COLUMNS + " from owner_reply"
                        + " where business_id = any(:ids) and status = 'APPROVED' order by business_id, id desc")
                .param("ids", keys(page)).query(OwnerReplyController::map).list().stream()
                .collect(Collectors.toMap(OwnerReply::businessKey, Function.identity()));
        Map<Business, OwnerReply> result = new java.util.HashMap<>();
        page.forEach(b -> result.put(b, latest.get(b.key())));
        return result;
    }

    /** All replies, for staff and for the business's own owner; an empty list for everyone else. */
    @BatchMapping(typeName = Business.TYPE)
    Map<Business, List<OwnerReply>> ownerReplies(List<Business> page) {
        boolean staff = access.isStaff();
        Long ownBusiness = access.current().filter(m -> m.role() == StaffRole.OWNER).map(StaffMember::businessKey).orElse(null);
        List<Business> visible = page.stream().filter(b -> staff || Long.valueOf(b.key()).equals(ownBusiness)).toList();
        Map<Long, List<OwnerReply>> byBusiness = visible.isEmpty() ? Map.of() : jdbc.sql("select " + COLUMNS
                        + " from owner_reply where business_id = any(:ids) order by business_id, id desc")
                .param("ids", keys(visible)).query(OwnerReplyController::map).list().stream()
                .collect(Collectors.groupingBy(OwnerReply::businessKey));
        return page.stream().collect(Collectors.toMap(Function.identity(),
                b -> byBusiness.getOrDefault(b.key(), List.of()), (a, b) -> a));
    }

    @SchemaMapping(typeName = "OwnerReply", field = "id")
    String id(OwnerReply reply) {
        return reply.globalId();
    }

    /** The moderator's note is for staff and the reply's author. */
    @SchemaMapping(typeName = "OwnerReply")
    String moderationNote(OwnerReply reply) {
        boolean author = access.current().map(m -> m.username().equals(reply.author())).orElse(false);
        return access.isStaff() || author ? reply.moderationNote() : null;
    }

    private Optional<OwnerReply> find(long key) {
        return jdbc.sql("select " + COLUMNS + " from owner_reply where id = :id").param("id", key)
                .query(OwnerReplyController::map).optional();
    }

    private static Long[] keys(List<Business> page) {
        return page.stream().map(Business::key).toArray(Long[]::new);
    }

    private static OwnerReply map(ResultSet rs, int row) throws SQLException {
        return new OwnerReply(rs.getLong("id"), rs.getLong("business_id"), rs.getString("author"), rs.getString("text"),
                rs.getObject("submitted_at", OffsetDateTime.class), ReplyStatus.valueOf(rs.getString("status")),
                rs.getObject("moderated_at", OffsetDateTime.class), rs.getString("moderation_note"));
    }
}
