package cn.gov.yongjia.shixiao.graphqlapi.permit;

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
import cn.gov.yongjia.shixiao.schema.types.AddPermitInput;
import cn.gov.yongjia.shixiao.schema.types.PermitType;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;

/** Permits (先证后照): recorded by staff in scope, shown with their validity on the business. */
@Controller
class PermitController {

    private static final ZoneId COUNTY_TIME = ZoneId.of("Asia/Shanghai");
    private static final String COLUMNS = "id, business_id, type, number, issued_on, expires_on, issuing_body";

    record Permit(long key, long businessKey, PermitType type, String number, LocalDate issuedOn, LocalDate expiresOn,
                  String issuingBody, boolean valid) {
    }

    record Outcome(Permit permit, List<UserError> userErrors) {
    }

    private final JdbcClient jdbc;
    private final BusinessRegistry businesses;
    private final StaffAccess access;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    PermitController(JdbcClient jdbc, BusinessRegistry businesses, StaffAccess access, AuditLog audit,
                     TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.businesses = businesses;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
    }

    @BatchMapping(typeName = Business.TYPE)
    Map<Business, List<Permit>> permits(List<Business> page) {
        LocalDate today = LocalDate.now(COUNTY_TIME);
        Map<Long, List<Permit>> byBusiness = jdbc.sql("select " + COLUMNS
                        + " from permit where business_id = any(:ids) order by business_id, expires_on desc, id desc")
                .param("ids", page.stream().map(Business::key).toArray(Long[]::new))
                .query((rs, n) -> permit(rs, today))
                .list().stream().collect(Collectors.groupingBy(Permit::businessKey));
        return page.stream().collect(Collectors.toMap(Function.identity(),
                b -> byBusiness.getOrDefault(b.key(), List.of()), (a, b) -> a));
    }

    @MutationMapping
    Outcome addPermit(@Argument AddPermitInput input) {
        long businessKey = GlobalId.keyOf(input.getBusinessId(), Business.TYPE, "businessId");
        Business business = businesses.find(businessKey).orElse(null);
        if (business == null) {
            return new Outcome(null, List.of(UserError.noSuchBusiness("input", "businessId")));
        }
        StaffMember staff = access.requireMayActOn(business.trade(), business.townshipCode());
        LocalDate today = LocalDate.now(COUNTY_TIME);
        List<UserError> errors = new ArrayList<>();
        String number = input.getNumber() == null ? "" : input.getNumber().strip();
        if (number.isEmpty()) {
            errors.add(UserError.required("input", "number"));
        } else if (number.length() > 64) {
            errors.add(UserError.tooLong(64, "input", "number"));
        }
        if (input.getIssuedOn().isAfter(today)) {
            errors.add(UserError.invalid("发证日期不能晚于今天 / The issue date cannot be in the future", "input", "issuedOn"));
        }
        if (!input.getExpiresOn().isAfter(input.getIssuedOn())) {
            errors.add(UserError.invalid("有效期须晚于发证日期 / A permit must expire after it is issued", "input", "expiresOn"));
        }
        String body = input.getIssuingBody() == null || input.getIssuingBody().isBlank() ? null : input.getIssuingBody().strip();
        if (body != null && body.length() > 100) {
            errors.add(UserError.tooLong(100, "input", "issuingBody"));
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        try {
            return transactions.execute(tx -> {
                long key = jdbc.sql("""
                                insert into permit (business_id, type, number, issued_on, expires_on, issuing_body, recorded_by)
                                values (:business, :type, :number, :issued, :expires, :body, :by) returning id""")
                        .param("business", businessKey).param("type", input.getType().name()).param("number", number)
                        .param("issued", input.getIssuedOn()).param("expires", input.getExpiresOn())
                        .param("body", body).param("by", staff.username())
                        .query(Long.class).single();
                audit.record(staff.username(), "PERMIT_ADDED", "Permit", key, Map.of("business", businessKey,
                        "type", input.getType().name(), "number", number, "expiresOn", input.getExpiresOn().toString()));
                return new Outcome(jdbc.sql("select " + COLUMNS + " from permit where id = :id").param("id", key)
                        .query((rs, n) -> permit(rs, today)).single(), List.of());
            });
        } catch (DuplicateKeyException e) {
            return new Outcome(null, List.of(new UserError(List.of("input", "number"), "DUPLICATE",
                    "该类许可证编号已登记 / A permit of this kind with this number is on record")));
        }
    }

    private static Permit permit(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
        LocalDate issued = rs.getObject("issued_on", LocalDate.class);
        LocalDate expires = rs.getObject("expires_on", LocalDate.class);
        return new Permit(rs.getLong("id"), rs.getLong("business_id"), PermitType.valueOf(rs.getString("type")),
                rs.getString("number"), issued, expires, rs.getString("issuing_body"),
                !today.isBefore(issued) && !today.isAfter(expires));
    }
}
