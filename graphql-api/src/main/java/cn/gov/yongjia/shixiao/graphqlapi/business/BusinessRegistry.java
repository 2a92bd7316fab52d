package cn.gov.yongjia.shixiao.graphqlapi.business;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.gov.yongjia.shixiao.graphqlapi.api.UserError;
import cn.gov.yongjia.shixiao.graphqlapi.audit.AuditLog;
import cn.gov.yongjia.shixiao.graphqlapi.region.SupervisingOffices;
import cn.gov.yongjia.shixiao.graphqlapi.region.Townships;
import cn.gov.yongjia.shixiao.graphqlapi.region.Villages;
import cn.gov.yongjia.shixiao.graphqlapi.relay.Connection;
import cn.gov.yongjia.shixiao.graphqlapi.relay.PageRequest;
import cn.gov.yongjia.shixiao.schema.types.BusinessStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register of businesses. Every change is committed together with a {@link BusinessChanged} event in the same
 * transaction (the event publication registry), so no committed change can miss the search index. Refused input
 * writes nothing.
 */
@Service
public class BusinessRegistry {

    static final int MAX_REASON = 500;
    private static final ZoneId COUNTY_TIME = ZoneId.of("Asia/Shanghai");

    private final BusinessRepository repository;
    private final Townships townships;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final Villages villages;
    private final SupervisingOffices offices;

    BusinessRegistry(BusinessRepository repository, Townships townships, Villages villages, SupervisingOffices offices,
                     ApplicationEventPublisher events, TransactionTemplate transactions, AuditLog audit) {
        this.repository = repository;
        this.townships = townships;
        this.villages = villages;
        this.offices = offices;
        this.events = events;
        this.transactions = transactions;
        this.audit = audit;
    }

    /** The outcome of a change: the business as it now is, or why the input was refused (nothing written then). */
    public record Outcome(Business business, List<UserError> userErrors) {

        static Outcome refused(List<UserError> errors) {
            return new Outcome(null, List.copyOf(errors));
        }
    }

    /** Registers a business. {@code recordedBy} is the staff username (null for the system, e.g. demo data). */
    public Outcome register(NewBusiness input, boolean demo, String recordedBy) {
        try {
            return transactions.execute(status -> {
                NewBusinessCheck.Result checked = NewBusinessCheck.check(input, townships, villages, repository);
                if (!checked.errors().isEmpty()) {
                    return Outcome.refused(checked.errors());
                }
                Business business = repository.insert(checked.business(), demo, recordedBy);
                audit.record(recordedBy, "BUSINESS_REGISTERED", Business.TYPE, business.key(), registered(checked.business()));
                events.publishEvent(new BusinessChanged(business.key()));
                return new Outcome(business, List.of());
            });
        } catch (DuplicateKeyException e) {
            // registered by someone else between our check and our insert
            String field = e.getMessage() != null && e.getMessage().contains("registration_number") ? "registrationNumber" : "creditCode";
            return Outcome.refused(List.of(NewBusinessCheck.duplicate(field)));
        }
    }

    /**
     * Updates a business's record. The merged record is checked like a new one (the business's own credit code is
     * no duplicate of itself); only real changes bump the version, reach the index and enter the audit log.
     */
    public Outcome update(long key, BusinessChanges changes, String recordedBy) {
        try {
            return transactions.execute(tx -> {
                Business current = repository.findByKeyForUpdate(key).orElse(null);
                if (current == null) {
                    return Outcome.refused(List.of(UserError.noSuchBusiness("input", "id")));
                }
                String township = pick(changes.townshipCode(), current.townshipCode());
                // moved to another township: the old village and grid cell are left behind unless new ones are given
                boolean moved = !java.util.Objects.equals(NewBusinessCheck.blankToNull(township), current.townshipCode());
                String village = pick(changes.villageCode(), moved ? null : current.villageCode());
                String gridCell = NewBusinessCheck.blankToNull(village) == null ? null
                        : pick(changes.gridCellCode(), moved || (changes.villageCode() != null
                        && !java.util.Objects.equals(NewBusinessCheck.blankToNull(changes.villageCode()), current.villageCode()))
                        ? null : current.gridCellCode());
                NewBusiness merged = new NewBusiness(
                        pick(changes.name(), current.name()), current.trade(),
                        pick(changes.shopSignName(), current.shopSignName()),
                        pick(changes.creditCode(), current.creditCode()), current.registrationNumber(),
                        pick(changes.address(), current.address()), township,
                        changes.location() != null ? changes.location() : current.location(),
                        changes.privateResidence() != null ? changes.privateResidence() : current.privateResidence(),
                        pick(changes.ownerName(), current.ownerName()), pick(changes.contactPhone(), current.contactPhone()),
                        village, gridCell);
                NewBusinessCheck.Result checked = NewBusinessCheck.check(merged, townships, villages, repository, key);
                if (!checked.errors().isEmpty()) {
                    return Outcome.refused(checked.errors());
                }
                Map<String, Object> diff = diff(registered(asNew(current)), registered(checked.business()));
                if (diff.isEmpty()) {
                    return new Outcome(current, List.of()); // nothing to change: no new version, no audit entry
                }
                Business updated = repository.update(key, checked.business());
                audit.record(recordedBy, "BUSINESS_UPDATED", Business.TYPE, key, diff);
                events.publishEvent(new BusinessChanged(key));
                return new Outcome(updated, List.of());
            });
        } catch (DuplicateKeyException e) {
            return Outcome.refused(List.of(NewBusinessCheck.duplicate("creditCode")));
        }
    }

    /** null keeps the current value; an empty string clears it. */
    private static String pick(String change, String current) {
        if (change == null) {
            return current;
        }
        return change.isBlank() ? "" : change;
    }

    private static NewBusiness asNew(Business b) {
        return new NewBusiness(b.name(), b.trade(), b.shopSignName(), b.creditCode(), b.registrationNumber(), b.address(),
                b.townshipCode(), b.location(), b.privateResidence(), b.ownerName(), b.contactPhone(), b.villageCode(),
                b.gridCellCode());
    }

    private static Map<String, Object> diff(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> changed = new java.util.TreeMap<>();
        after.forEach((field, value) -> {
            if (!java.util.Objects.equals(before.get(field), value)) {
                changed.put(field, java.util.Arrays.asList(before.get(field), value));
            }
        });
        return changed;
    }

    /**
     * Changes the status (open, suspended, closed), keeping the history. The business must exist (callers check
     * scope on it first); {@code effectiveOn} null means today.
     */
    public Outcome changeStatus(long key, BusinessStatus status, LocalDate effectiveOn, String reason, String recordedBy) {
        return transactions.execute(tx -> {
            Business current = repository.findByKeyForUpdate(key).orElse(null);
            List<UserError> errors = new ArrayList<>();
            if (current == null) {
                return Outcome.refused(List.of(UserError.noSuchBusiness("input", "businessId")));
            }
            LocalDate today = LocalDate.now(COUNTY_TIME);
            LocalDate effective = effectiveOn == null ? today : effectiveOn;
            String cleanReason = NewBusinessCheck.text(reason, MAX_REASON, true, errors, "reason");
            if (status == null) {
                errors.add(UserError.required("input", "status"));
            } else if (status == current.status()) {
                errors.add(UserError.invalid("状态未变 / The business is " + status + " already", "input", "status"));
            }
            if (effective.isAfter(today)) {
                errors.add(UserError.invalid("生效日期不能晚于今天 / The date cannot be in the future", "input", "effectiveOn"));
            } else if (effective.isBefore(current.statusSince())) {
                errors.add(UserError.invalid("生效日期早于当前状态的起始日 / The date is before the current status began ("
                        + current.statusSince() + ")", "input", "effectiveOn"));
            }
            if (!errors.isEmpty()) {
                return Outcome.refused(errors);
            }
            Business changed = repository.changeStatus(key, status, effective, cleanReason, recordedBy);
            audit.record(recordedBy, "BUSINESS_STATUS_CHANGED", Business.TYPE, key, Map.of(
                    "status", List.of(current.status().name(), status.name()),
                    "effectiveOn", effective.toString(), "reason", cleanReason));
            events.publishEvent(new BusinessChanged(key));
            return new Outcome(changed, List.of());
        });
    }

    /**
     * Sets the risk class and the supervising office: null keeps a value, an empty office code clears the office.
     * Only a real change bumps the version, reaches the index and enters the audit log.
     */
    public Outcome setSupervision(long key, cn.gov.yongjia.shixiao.schema.types.RiskClass riskClass, String officeCode,
                                  String reason, String recordedBy) {
        return transactions.execute(tx -> {
            Business current = repository.findByKeyForUpdate(key).orElse(null);
            if (current == null) {
                return Outcome.refused(List.of(UserError.noSuchBusiness("input", "businessId")));
            }
            List<UserError> errors = new ArrayList<>();
            String cleanReason = NewBusinessCheck.text(reason, MAX_REASON, false, errors, "reason");
            String office = current.supervisingOfficeCode();
            if (officeCode != null) {
                office = NewBusinessCheck.blankToNull(officeCode);
                if (office != null && offices.find(office).isEmpty()) {
                    errors.add(UserError.notFound("没有这个监管所代码 / No supervising office has this code (see supervisingOffices)",
                            "input", "supervisingOfficeCode"));
                }
            }
            if (!errors.isEmpty()) {
                return Outcome.refused(errors);
            }
            var newClass = riskClass == null ? current.riskClass() : riskClass;
            if (newClass == current.riskClass() && java.util.Objects.equals(office, current.supervisingOfficeCode())) {
                return new Outcome(current, List.of());
            }
            Business changed = repository.setSupervision(key, newClass, office);
            Map<String, Object> details = new java.util.TreeMap<>();
            details.put("riskClass", java.util.Arrays.asList(current.riskClass() == null ? null : current.riskClass().name(),
                    newClass == null ? null : newClass.name()));
            details.put("supervisingOfficeCode", java.util.Arrays.asList(current.supervisingOfficeCode(), office));
            details.put("reason", cleanReason);
            audit.record(recordedBy, "BUSINESS_SUPERVISION_SET", Business.TYPE, key, details);
            events.publishEvent(new BusinessChanged(key));
            return new Outcome(changed, List.of());
        });
    }

    /** What the audit log keeps of a registration: every field as entered (private ones included: it is staff-only). */
    private static Map<String, Object> registered(NewBusiness b) {
        Map<String, Object> details = new java.util.HashMap<>();
        details.put("name", b.name());
        details.put("trade", b.trade().name());
        details.put("shopSignName", b.shopSignName());
        details.put("creditCode", b.creditCode());
        details.put("registrationNumber", b.registrationNumber());
        details.put("address", b.address());
        details.put("townshipCode", b.townshipCode());
        details.put("location", b.location() == null ? null : List.of(b.location().lat(), b.location().lon()));
        details.put("privateResidence", b.privateResidence());
        details.put("ownerName", b.ownerName());
        details.put("contactPhone", b.contactPhone());
        details.put("villageCode", b.villageCode());
        details.put("gridCellCode", b.gridCellCode());
        return details;
    }

    /**
     * Records that something the register derives from the business changed (e.g. its rating, when an inspection is
     * published): a new version and {@code updated_at}, and a {@link BusinessChanged} event, in the caller's
     * transaction when there is one. Without this the search index would keep a stale rating, since it keeps the
     * highest version it has seen.
     */
    public Optional<Business> touch(long key) {
        return transactions.execute(tx -> {
            Optional<Business> touched = repository.touch(key);
            touched.ifPresent(b -> events.publishEvent(new BusinessChanged(key)));
            return touched;
        });
    }

    public Optional<Business> find(long key) {
        return repository.findByKey(key);
    }

    public Optional<Business> findByCreditCode(String creditCode) {
        return CreditCode.parse(creditCode).flatMap(code -> repository.findByCreditCode(code.value()));
    }

    /** The businesses with these keys, in no particular order; unknown keys are left out. */
    public List<Business> findAll(Collection<Long> keys) {
        return repository.findByKeys(keys);
    }

    /** The status histories of these businesses, newest first, loaded in one query. */
    public Map<Long, List<StatusChange>> statusHistories(Collection<Long> keys) {
        return repository.statusHistories(keys).stream()
                .collect(Collectors.groupingBy(StatusChange::businessKey));
    }

    public Connection<Business> page(PageRequest page) {
        List<Business> rows = repository.page(page.afterKey(), page.first() + 1);
        return Connection.forward(rows, page, Business::key, repository.count());
    }

    /** Up to {@code limit} businesses after {@code afterKey} in registration order (for exports: no count query). */
    public List<Business> after(Long afterKey, int limit) {
        return repository.page(afterKey, limit);
    }

    /** The business an import knows by this source system and ID. */
    public Optional<Business> findBySource(String system, String id) {
        return repository.findBySource(system, id);
    }

    /** Records where a business came from (in the caller's transaction), so that a re-import finds it again. */
    public void linkSource(long key, String system, String id) {
        repository.linkSource(key, system, id);
    }

    /** The businesses with these keys in the given order (unknown keys are left out). */
    public List<Business> findAllInOrder(List<Long> keys) {
        Map<Long, Business> byKey = repository.findByKeys(keys).stream()
                .collect(Collectors.toMap(Business::key, java.util.function.Function.identity()));
        return keys.stream().map(byKey::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The keys of the businesses registered or changed at or after this time (by their {@code updated_at}). */
    public List<Long> keysChangedSince(java.time.Instant since) {
        return repository.keysChangedSince(since.atOffset(java.time.ZoneOffset.UTC));
    }

    public long count() {
        return repository.count();
    }
}
