package cn.gov.yongjia.shixiao.graphqlapi.abnormal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import cn.gov.yongjia.shixiao.graphqlapi.api.UserError;
import cn.gov.yongjia.shixiao.graphqlapi.audit.AuditLog;
import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessRegistry;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The abnormal-operation list (经营异常名录): listing and removal, each checked, audited and committed with a new
 * version of the business (so the search index and partners that sync see it). Nothing is ever deleted.
 */
@Service
public class AbnormalListings {

    private static final ZoneId COUNTY_TIME = ZoneId.of("Asia/Shanghai");
    private static final String COLUMNS = "id, business_id, reason, listed_on, deciding_body, decision_number, removed_on, "
            + "removal_reason";

    /** A listing to record, as staff (or the demo generator) give it. */
    public record NewListing(long businessKey, String reason, LocalDate listedOn, String decidingBody, String decisionNumber) {
    }

    /** The listing afterwards, or why the input was refused (nothing written then). */
    public record Outcome(AbnormalListing listing, List<UserError> userErrors) {
    }

    private final JdbcClient jdbc;
    private final BusinessRegistry businesses;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    AbnormalListings(JdbcClient jdbc, BusinessRegistry businesses, AuditLog audit, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.businesses = businesses;
        this.audit = audit;
        this.transactions = transactions;
    }

    public Outcome list(NewListing in, String actor, boolean demo) {
        List<UserError> errors = new ArrayList<>();
        String reason = text(in.reason(), 500, "reason", errors);
        String body = text(in.decidingBody(), 100, "decidingBody", errors);
        String number = text(in.decisionNumber(), 60, "decisionNumber", errors);
        if (in.listedOn() == null) {
            errors.add(UserError.required("input", "listedOn"));
        } else if (in.listedOn().isAfter(LocalDate.now(COUNTY_TIME))) {
            errors.add(UserError.invalid("列入日期不能晚于今天 / The listing date cannot be in the future", "input", "listedOn"));
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        try {
            return transactions.execute(tx -> {
                if (businesses.touch(in.businessKey()).isEmpty()) { // also locks the business row until commit
                    return new Outcome(null, List.of(UserError.noSuchBusiness("input", "businessId")));
                }
                if (inForceOf(in.businessKey()).isPresent()) {
                    tx.setRollbackOnly();
                    return new Outcome(null, List.of(new UserError(List.of("input", "businessId"), "DUPLICATE",
                            "该经营主体已在经营异常名录中 / The business is listed already; remove that listing first")));
                }
                long key = jdbc.sql("""
                                insert into abnormal_listing (business_id, reason, listed_on, deciding_body, decision_number,
                                    listed_by, demo)
                                values (:business, :reason, :listedOn, :body, :number, :by, :demo) returning id""")
                        .param("business", in.businessKey()).param("reason", reason).param("listedOn", in.listedOn())
                        .param("body", body).param("number", number).param("by", actor).param("demo", demo)
                        .query(Long.class).single();
                Map<String, Object> details = new TreeMap<>();
                details.put("business", in.businessKey());
                details.put("reason", reason);
                details.put("listedOn", in.listedOn().toString());
                details.put("decidingBody", body);
                details.put("decisionNumber", number);
                audit.record(actor, "ABNORMAL_OPERATION_LISTED", AbnormalListing.TYPE, key, details);
                return new Outcome(find(key).orElseThrow(), List.of());
            });
        } catch (DuplicateKeyException e) {
            return new Outcome(null, List.of(new UserError(List.of("input", "decisionNumber"), "DUPLICATE",
                    "决定书文号已存在 / A decision with this number is on record already")));
        }
    }

    /** Removes a listing in force; the caller has found it and checked the caller's scope over its business. */
    public Outcome remove(long key, LocalDate removedOn, String reasonText, String actor) {
        List<UserError> errors = new ArrayList<>();
        String reason = text(reasonText, 500, "reason", errors);
        return transactions.execute(tx -> {
            AbnormalListing listing = jdbc.sql("select " + COLUMNS + " from abnormal_listing where id = :id for update")
                    .param("id", key).query(AbnormalListings::map).optional().orElse(null);
            if (listing == null) {
                return new Outcome(null, List.of(UserError.notFound("没有这条列入记录 / No such listing", "input", "listingId")));
            }
            if (!listing.inForce()) {
                errors.add(UserError.invalid("该记录已移出 / The listing was removed already", "input", "listingId"));
            }
            if (removedOn == null) {
                errors.add(UserError.required("input", "removedOn"));
            } else if (removedOn.isAfter(LocalDate.now(COUNTY_TIME))) {
                errors.add(UserError.invalid("移出日期不能晚于今天 / The removal date cannot be in the future", "input", "removedOn"));
            } else if (removedOn.isBefore(listing.listedOn())) {
                errors.add(UserError.invalid("移出日期不能早于列入日期 / The removal date cannot precede the listing ("
                        + listing.listedOn() + ")", "input", "removedOn"));
            }
            if (!errors.isEmpty()) {
                return new Outcome(null, errors);
            }
            jdbc.sql("update abnormal_listing set removed_on = :on, removal_reason = :reason, removed_by = :by where id = :id")
                    .param("on", removedOn).param("reason", reason).param("by", actor).param("id", key).update();
            businesses.touch(listing.businessKey());
            audit.record(actor, "ABNORMAL_OPERATION_REMOVED", AbnormalListing.TYPE, key, Map.of(
                    "business", listing.businessKey(), "removedOn", removedOn.toString(), "reason", reason));
            return new Outcome(find(key).orElseThrow(), List.of());
        });
    }

    public Optional<AbnormalListing> find(long key) {
        return jdbc.sql("select " + COLUMNS + " from abnormal_listing where id = :id").param("id", key)
                .query(AbnormalListings::map).optional();
    }

    Optional<AbnormalListing> inForceOf(long businessKey) {
        return jdbc.sql("select " + COLUMNS + " from abnormal_listing where business_id = :b and removed_on is null")
                .param("b", businessKey).query(AbnormalListings::map).optional();
    }

    /** The listings of these businesses, newest first, in one query. */
    public Map<Long, List<AbnormalListing>> of(Collection<Long> businessKeys, boolean includeRemoved) {
        if (businessKeys.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select " + COLUMNS + " from abnormal_listing where business_id = any(:ids)"
                        + (includeRemoved ? "" : " and removed_on is null") + " order by business_id, listed_on desc, id desc")
                .param("ids", businessKeys.toArray(Long[]::new))
                .query(AbnormalListings::map).list().stream()
                .collect(Collectors.groupingBy(AbnormalListing::businessKey));
    }

    private static String text(String value, int max, String field, List<UserError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(UserError.required("input", field));
            return null;
        }
        String clean = value.strip();
        if (clean.codePointCount(0, clean.length()) > max) {
            errors.add(UserError.tooLong(max, "input", field));
        } else if (clean.codePoints().anyMatch(Character::isISOControl)) {
            errors.add(UserError.invalid("含控制字符 / Contains control characters", "input", field));
        }
        return clean;
    }

    private static AbnormalListing map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AbnormalListing(rs.getLong("id"), rs.getLong("business_id"), rs.getString("reason"),
                rs.getObject("listed_on", LocalDate.class), rs.getString("deciding_body"), rs.getString("decision_number"),
                rs.getObject("removed_on", LocalDate.class), rs.getString("removal_reason"));
    }
}
