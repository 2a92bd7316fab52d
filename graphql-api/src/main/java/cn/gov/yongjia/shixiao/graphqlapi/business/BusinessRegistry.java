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
import cn.gov.yongjia.shixiao.graphqlapi.region.Townships;
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

    BusinessRegistry(BusinessRepository repository, Townships townships, ApplicationEventPublisher events,
                     TransactionTemplate transactions) {
        this.repository = repository;
        this.townships = townships;
        this.events = events;
        this.transactions = transactions;
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
                NewBusinessCheck.Result checked = NewBusinessCheck.check(input, townships, repository);
                if (!checked.errors().isEmpty()) {
                    return Outcome.refused(checked.errors());
                }
                Business business = repository.insert(checked.business(), demo, recordedBy);
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
     * Changes the status (open, suspended, closed), keeping the history. The business must exist (callers check
     * scope on it first); {@code effectiveOn} null means today.
     */
    public Outcome changeStatus(long key, BusinessStatus status, LocalDate effectiveOn, String reason, String recordedBy) {
        return transactions.execute(tx -> {
            Business current = repository.findByKeyForUpdate(key).orElse(null);
            List<UserError> errors = new ArrayList<>();
            if (current == null) {
                return Outcome.refused(List.of(new UserError(List.of("input", "businessId"), "NOT_FOUND",
                        "没有这户经营主体 / No such business")));
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
            events.publishEvent(new BusinessChanged(key));
            return new Outcome(changed, List.of());
        });
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

    /** Up to {@code limit} businesses with keys above {@code afterKey}, by key (for walking the whole register). */
    public List<Business> batchAfter(long afterKey, int limit) {
        return repository.page(afterKey, limit);
    }

    public long count() {
        return repository.count();
    }
}
