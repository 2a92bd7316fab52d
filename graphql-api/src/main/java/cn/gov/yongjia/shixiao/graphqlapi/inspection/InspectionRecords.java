package cn.gov.yongjia.shixiao.graphqlapi.inspection;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.yongjia.shixiao.graphqlapi.api.UserError;
import cn.gov.yongjia.shixiao.graphqlapi.audit.AuditLog;
import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessRegistry;
import cn.gov.yongjia.shixiao.schema.types.BusinessStatus;
import cn.gov.yongjia.shixiao.schema.types.InspectionOutcome;
import cn.gov.yongjia.shixiao.schema.types.PublicationStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inspection record: inspections are recorded as drafts, checked before anything is written, and published
 * (which makes them count for the rating). Publishing an inspection that ordered a suspension suspends the business.
 */
@Service
public class InspectionRecords {

    private static final ZoneId COUNTY_TIME = ZoneId.of("Asia/Shanghai");

    private final InspectionRepository repository;
    private final BusinessRegistry businesses;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final AuditLog audit;

    InspectionRecords(InspectionRepository repository, BusinessRegistry businesses, ApplicationEventPublisher events,
                      TransactionTemplate transactions, AuditLog audit) {
        this.repository = repository;
        this.businesses = businesses;
        this.events = events;
        this.transactions = transactions;
        this.audit = audit;
    }

    /** The outcome of recording or publishing: the inspection, or why it was refused (nothing written then). */
    public record Outcome(Inspection inspection, List<UserError> userErrors) {

        static Outcome refused(List<UserError> errors) {
            return new Outcome(null, List.copyOf(errors));
        }
    }

    public Outcome record(NewInspection input, String recordedBy, boolean demo) {
        return transactions.execute(tx -> {
            var business = businesses.find(input.businessKey()).orElse(null);
            if (business == null) {
                return Outcome.refused(List.of(notFound("businessId")));
            }
            Set<String> codes = new HashSet<>();
            repository.codeList(currentCodeListVersion()).forEach(c -> codes.add(c.code()));
            List<UserError> errors = new java.util.ArrayList<>(InspectionCheck.check(input, today(), codes));
            checkJointDepartments(input, errors);
            if (business.status() == BusinessStatus.CLOSED) {
                errors.add(UserError.invalid("该经营主体已关闭 / The business is closed", "input", "businessId"));
            }
            if (!errors.isEmpty()) {
                return Outcome.refused(errors);
            }
            long key = repository.insert(input, recordedBy, demo);
            Inspection recorded = repository.find(key).orElseThrow();
            audit.record(recordedBy, "INSPECTION_RECORDED", Inspection.TYPE, key, Map.of(
                    "business", input.businessKey(), "inspectedOn", input.inspectedOn().toString(),
                    "kind", input.kind().name(), "totalScore", recorded.totalScore(), "outcome", input.outcome().name(),
                    "violations", input.findings().stream().map(NewInspection.Finding::code).toList(),
                    "jointDepartments", input.jointDepartmentCodes()));
            return new Outcome(recorded, List.of());
        });
    }

    static final int MAX_JOINT_DEPARTMENTS = 10;

    private void checkJointDepartments(NewInspection input, List<UserError> errors) {
        List<String> joint = input.jointDepartmentCodes();
        if (joint.isEmpty()) {
            return;
        }
        Set<String> known = repository.departmentCodes();
        if (joint.size() > MAX_JOINT_DEPARTMENTS) {
            errors.add(UserError.invalid("联合部门最多 " + MAX_JOINT_DEPARTMENTS + " 个 / At most " + MAX_JOINT_DEPARTMENTS
                    + " joint departments", "input", "jointDepartmentCodes"));
        } else if (new HashSet<>(joint).size() != joint.size()) {
            errors.add(UserError.invalid("联合部门重复 / A joint department is given twice", "input", "jointDepartmentCodes"));
        } else if (joint.contains(input.departmentCode())) {
            errors.add(UserError.invalid("牵头部门不必列为联合部门 / The lead department is not also a joint one",
                    "input", "jointDepartmentCodes"));
        } else if (!known.containsAll(joint)) {
            errors.add(new UserError(List.of("input", "jointDepartmentCodes"), "NOT_FOUND",
                    "没有这个部门 / No such department: " + joint.stream().filter(c -> !known.contains(c)).toList()));
        }
    }

    /** Every department of these inspections, the lead first, in one query. */
    public Map<Long, List<InspectionDepartment>> departmentsOf(Collection<Long> inspectionKeys) {
        return repository.departmentsOf(inspectionKeys).stream()
                .collect(Collectors.groupingBy(InspectionDepartment::inspectionKey));
    }

    /** Publishes a draft; it then counts for the business's rating. */
    public Outcome publish(long key, String recordedBy) {
        return transactions.execute(tx -> {
            Inspection draft = repository.findForUpdate(key).orElse(null);
            if (draft == null) {
                return Outcome.refused(List.of(notFound("id")));
            }
            if (draft.publicationStatus() != PublicationStatus.DRAFT) {
                return Outcome.refused(List.of(UserError.invalid("该检查已公开 / The inspection is published already", "id")));
            }
            LocalDate today = today();
            repository.publish(key, today);
            audit.record(recordedBy, "INSPECTION_PUBLISHED", Inspection.TYPE, key,
                    Map.of("business", draft.businessKey(), "publishedOn", today.toString()));
            if (draft.outcome() == InspectionOutcome.SUSPENSION_ORDERED) {
                businesses.find(draft.businessKey())
                        .filter(b -> b.status() == BusinessStatus.OPEN)
                        .ifPresent(b -> businesses.changeStatus(b.key(), BusinessStatus.SUSPENDED, today,
                                "检查责令停业 / suspension ordered at the inspection of " + draft.inspectedOn(), recordedBy));
            }
            // the rating changed: a new version of the business, so that the search index takes the new rating
            businesses.touch(draft.businessKey());
            events.publishEvent(new InspectionPublished(key, draft.businessKey()));
            return new Outcome(repository.find(key).orElseThrow(), List.of());
        });
    }

    /** The business appeals a published inspection: until decided, it does not rate the business. */
    public Outcome appeal(long key, String reason, String actor) {
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty()) {
            return Outcome.refused(List.of(UserError.required("reason")));
        }
        if (clean.codePointCount(0, clean.length()) > 1000) {
            return Outcome.refused(List.of(UserError.tooLong(1000, "reason")));
        }
        return transactions.execute(tx -> {
            Inspection inspection = repository.findForUpdate(key).orElse(null);
            if (inspection == null) {
                return Outcome.refused(List.of(notFound("id")));
            }
            if (inspection.publicationStatus() != PublicationStatus.PUBLISHED || inspection.appeal() != null) {
                return Outcome.refused(List.of(UserError.invalid(
                        "只能对已公开且未申诉过的检查申诉 / Only a published inspection not appealed before can be appealed", "id")));
            }
            repository.fileAppeal(key, clean, actor);
            audit.record(actor, "INSPECTION_APPEALED", Inspection.TYPE, key, Map.of("business", inspection.businessKey(), "reason", clean));
            businesses.touch(inspection.businessKey()); // the rating is now pending: the index must know
            return new Outcome(repository.find(key).orElseThrow(), List.of());
        });
    }

    /** Staff decide an appeal: dismissed restores the inspection, granted annuls it for good. */
    public Outcome decideAppeal(long key, boolean granted, String decision, String actor) {
        String clean = decision == null ? "" : decision.strip();
        if (clean.isEmpty()) {
            return Outcome.refused(List.of(UserError.required("decision")));
        }
        if (clean.codePointCount(0, clean.length()) > 1000) {
            return Outcome.refused(List.of(UserError.tooLong(1000, "decision")));
        }
        return transactions.execute(tx -> {
            Inspection inspection = repository.findForUpdate(key).orElse(null);
            if (inspection == null) {
                return Outcome.refused(List.of(notFound("id")));
            }
            if (inspection.publicationStatus() != PublicationStatus.UNDER_APPEAL) {
                return Outcome.refused(List.of(UserError.invalid("该检查不在申诉中 / The inspection is not under appeal", "id")));
            }
            repository.decideAppeal(key, granted, clean, actor);
            audit.record(actor, "INSPECTION_APPEAL_DECIDED", Inspection.TYPE, key,
                    Map.of("business", inspection.businessKey(), "granted", granted, "decision", clean));
            businesses.touch(inspection.businessKey());
            return new Outcome(repository.find(key).orElseThrow(), List.of());
        });
    }

    /** The inspection an import knows by this source system and ID. */
    public Optional<Inspection> findBySource(String system, String id) {
        return repository.findBySource(system, id);
    }

    /** Records where an inspection came from (in the caller's transaction). */
    public void linkSource(long key, String system, String id) {
        repository.linkSource(key, system, id);
    }

    /** A page of inspections matching the filter, newest recorded first; drafts only when asked. */
    public cn.gov.yongjia.shixiao.graphqlapi.relay.Connection<Inspection> page(InspectionQuery query,
            cn.gov.yongjia.shixiao.graphqlapi.relay.PageRequest page, boolean includeDrafts) {
        java.util.List<String> where = new java.util.ArrayList<>(List.of(includeDrafts ? "true" : "publication_status <> 'DRAFT'"));
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (query.businessKey() != null) {
            where.add("business_id = :business");
            params.put("business", query.businessKey());
        }
        if (!query.kinds().isEmpty()) {
            where.add("kind = any(:kinds)");
            params.put("kinds", query.kinds().toArray(String[]::new));
        }
        if (!query.departmentCodes().isEmpty()) {
            // the lead or a joint department
            where.add("id in (select inspection_id from inspection_department where department_code = any(:departments))");
            params.put("departments", query.departmentCodes().toArray(String[]::new));
        }
        if (!query.outcomes().isEmpty()) {
            where.add("outcome = any(:outcomes)");
            params.put("outcomes", query.outcomes().toArray(String[]::new));
        }
        if (query.from() != null) {
            where.add("inspected_on >= :from");
            params.put("from", query.from());
        }
        if (query.until() != null) {
            where.add("inspected_on <= :until");
            params.put("until", query.until());
        }
        String condition = String.join(" and ", where);
        return cn.gov.yongjia.shixiao.graphqlapi.relay.Connection.forward(
                repository.page(condition, params, page.afterKey(), page.first() + 1), page, Inspection::key,
                repository.count(condition, params));
    }

    /** What to list: every field optional (empty lists mean any). */
    public record InspectionQuery(Long businessKey, List<String> kinds, List<String> departmentCodes, List<String> outcomes,
                                  LocalDate from, LocalDate until) {
    }

    public Optional<Inspection> find(long key) {
        return repository.find(key);
    }

    public List<Inspection> findAll(Collection<Long> keys) {
        return repository.findAll(keys);
    }

    /** Up to {@code limit} newest inspections per business (drafts only when asked), in one query. */
    public Map<Long, List<Inspection>> newestOf(Collection<Long> businessKeys, int limit, boolean includeDrafts) {
        return repository.newestOf(businessKeys, limit, includeDrafts).stream()
                .collect(Collectors.groupingBy(Inspection::businessKey));
    }

    /** All public inspections per business, newest first, in one query. */
    public Map<Long, List<Inspection>> publicOf(Collection<Long> businessKeys) {
        return repository.publicOf(businessKeys).stream().collect(Collectors.groupingBy(Inspection::businessKey));
    }

    /** The violations of these inspections, in one query. */
    public Map<Long, List<Violation>> violationsOf(Collection<Long> inspectionKeys) {
        return repository.violationsOf(inspectionKeys).stream().collect(Collectors.groupingBy(Violation::inspectionKey));
    }

    public String currentCodeListVersion() {
        return repository.currentCodeListVersion();
    }

    List<ViolationCode> currentCodeList() {
        return repository.codeList(currentCodeListVersion());
    }

    private static UserError notFound(String field) {
        return new UserError(List.of("input", field), "NOT_FOUND", "没有这条记录 / No such record");
    }

    private static LocalDate today() {
        return LocalDate.now(COUNTY_TIME);
    }
}
