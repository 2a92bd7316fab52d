package cn.gov.yongjia.shixiao.graphqlapi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.yongjia.shixiao.graphqlapi.api.UserError;
import cn.gov.yongjia.shixiao.graphqlapi.audit.AuditLog;
import cn.gov.yongjia.shixiao.graphqlapi.business.Business;
import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessRegistry;
import cn.gov.yongjia.shixiao.graphqlapi.relay.GlobalId;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccess;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffMember;
import cn.gov.yongjia.shixiao.schema.types.RecordEnforcementActionInput;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Administrative penalties: recorded by staff in scope; shown to the public from their publication date until their
 * publication end date (then only to staff).
 */
@Controller
class EnforcementController {

    private static final ZoneId COUNTY_TIME = ZoneId.of("Asia/Shanghai");
    private static final String COLUMNS = "id, business_id, decision_number, violation_type, penalty, amount_yuan, "
            + "deciding_body, decided_on, published_on, publication_ends_on";

    record Outcome(EnforcementAction enforcementAction, List<UserError> userErrors) {
    }

    private final JdbcClient jdbc;
    private final BusinessRegistry businesses;
    private final StaffAccess access;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    EnforcementController(JdbcClient jdbc, BusinessRegistry businesses, StaffAccess access, AuditLog audit,
                          TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.businesses = businesses;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
    }

    @BatchMapping(typeName = Business.TYPE)
    Map<Business, List<EnforcementAction>> enforcementActions(List<Business> page) {
        LocalDate today = LocalDate.now(COUNTY_TIME);
        boolean staff = access.isStaff();
        Map<Long, List<EnforcementAction>> byBusiness = jdbc.sql("select " + COLUMNS
                        + " from enforcement_action where business_id = any(:ids) order by decided_on desc, id desc")
                .param("ids", page.stream().map(Business::key).toArray(Long[]::new))
                .query(EnforcementController::map)
                .list().stream()
                .filter(action -> staff || action.isPublicOn(today))
                .collect(Collectors.groupingBy(EnforcementAction::businessKey));
        return page.stream().collect(Collectors.toMap(Function.identity(),
                b -> byBusiness.getOrDefault(b.key(), List.of()), (a, b) -> a));
    }

    @MutationMapping
    Outcome recordEnforcementAction(@Argument RecordEnforcementActionInput input) {
        long businessKey = GlobalId.keyOf(input.getBusinessId(), Business.TYPE, "businessId");
        Business business = businesses.find(businessKey).orElse(null);
        if (business == null) {
            return new Outcome(null, List.of(UserError.noSuchBusiness("input", "businessId")));
        }
        StaffMember staff = access.requireMayActOn(business.trade(), business.townshipCode());
        List<UserError> errors = check(input);
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        try {
            return transactions.execute(tx -> {
                long key = jdbc.sql("""
                                insert into enforcement_action (business_id, decision_number, violation_type, penalty,
                                    amount_yuan, deciding_body, decided_on, published_on, publication_ends_on, recorded_by)
                                values (:business, :number, :type, :penalty, :amount, :body, :decided, :published, :ends, :by)
                                returning id""")
                        .param("business", businessKey)
                        .param("number", input.getDecisionNumber().strip())
                        .param("type", input.getViolationType().strip())
                        .param("penalty", input.getPenalty().strip())
                        .param("amount", input.getAmountYuan() == null ? null : BigDecimal.valueOf(input.getAmountYuan()))
                        .param("body", input.getDecidingBody().strip())
                        .param("decided", input.getDecidedOn())
                        .param("published", input.getPublishedOn())
                        .param("ends", input.getPublicationEndsOn())
                        .param("by", staff.username())
                        .query(Long.class).single();
                audit.record(staff.username(), "ENFORCEMENT_RECORDED", "EnforcementAction", key, Map.of(
                        "business", businessKey, "decisionNumber", input.getDecisionNumber().strip(),
                        "penalty", input.getPenalty().strip(), "publicationEndsOn", input.getPublicationEndsOn().toString()));
                return new Outcome(jdbc.sql("select " + COLUMNS + " from enforcement_action where id = :id").param("id", key)
                        .query(EnforcementController::map).single(), List.of());
            });
        } catch (DuplicateKeyException e) {
            return new Outcome(null, List.of(new UserError(List.of("input", "decisionNumber"), "DUPLICATE",
                    "决定书文号已存在 / A decision with this number is on record already")));
        }
    }

    private static EnforcementAction map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new EnforcementAction(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getBigDecimal(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                rs.getObject(10, LocalDate.class));
    }

    private static List<UserError> check(RecordEnforcementActionInput in) {
        List<UserError> errors = new ArrayList<>();
        text(in.getDecisionNumber(), 64, "decisionNumber", errors);
        text(in.getViolationType(), 200, "violationType", errors);
        text(in.getPenalty(), 200, "penalty", errors);
        text(in.getDecidingBody(), 100, "decidingBody", errors);
        if (in.getAmountYuan() != null && (in.getAmountYuan() < 0 || in.getAmountYuan() > 1e10
                || Double.isNaN(in.getAmountYuan()))) {
            errors.add(UserError.invalid("金额须为非负数 / The amount must not be negative", "input", "amountYuan"));
        }
        LocalDate today = LocalDate.now(COUNTY_TIME);
        if (in.getDecidedOn().isAfter(today)) {
            errors.add(UserError.invalid("决定日期不能晚于今天 / The decision date cannot be in the future", "input", "decidedOn"));
        }
        if (in.getPublishedOn().isBefore(in.getDecidedOn())) {
            errors.add(UserError.invalid("公示日期不能早于决定日期 / Publication cannot precede the decision", "input", "publishedOn"));
        }
        if (!in.getPublicationEndsOn().isAfter(in.getPublishedOn())) {
            errors.add(UserError.invalid("公示截止日期须晚于公示日期 / The publication must end after it starts",
                    "input", "publicationEndsOn"));
        }
        return errors;
    }

    private static void text(String value, int max, String field, List<UserError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(UserError.required("input", field));
        } else if (value.strip().length() > max) {
            errors.add(UserError.tooLong(max, "input", field));
        }
    }
}
