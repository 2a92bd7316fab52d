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

    InspectionRecords(InspectionRepository repository, BusinessRegistry businesses, ApplicationEventPublisher events,
                      TransactionTemplate transactions) {
        this.repository = repository;
        this.businesses = businesses;
        this.events = events;
        this.transactions = transactions;
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
            if (business.status() == BusinessStatus.CLOSED) {
                errors.add(UserError.invalid("该经营主体已关闭 / The business is closed", "input", "businessId"));
            }
            if (!errors.isEmpty()) {
                return Outcome.refused(errors);
            }
            long key = repository.insert(input, recordedBy, demo);
            return new Outcome(repository.find(key).orElseThrow(), List.of());
        });
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

    Map<Long, List<Violation>> violationsOf(Collection<Long> inspectionKeys) {
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
