package cn.gov.yongjia.shixiao.graphqlapi.release;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.yongjia.shixiao.graphqlapi.api.UserError;
import cn.gov.yongjia.shixiao.graphqlapi.audit.AuditLog;
import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessRegistry;
import cn.gov.yongjia.shixiao.schema.types.ReleaseChangeKind;
import cn.gov.yongjia.shixiao.schema.types.ReleaseLanguage;
import cn.gov.yongjia.shixiao.schema.types.ReleaseState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The news release record and its workflow: draft → scheduled → published → withdrawn. Every change is checked
 * before anything is written, audited in its own transaction, and announced (after commit, through the outbox) with
 * {@link ReleaseChanged}, and with {@link ReleasePublished} when it publishes.
 */
@Service
public class ReleaseRecords {

    static final ZoneId COUNTY_TIME = ZoneId.of("Asia/Shanghai");

    private final ReleaseRepository repository;
    private final ReleaseCatalogue catalogue;
    private final IndexNumbers indexNumbers;
    private final BusinessRegistry businesses;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final ReleaseProperties properties;

    ReleaseRecords(ReleaseRepository repository, ReleaseCatalogue catalogue, IndexNumbers indexNumbers,
                   BusinessRegistry businesses, AuditLog audit, ApplicationEventPublisher events,
                   TransactionTemplate transactions, ReleaseProperties properties) {
        this.repository = repository;
        this.catalogue = catalogue;
        this.indexNumbers = indexNumbers;
        this.businesses = businesses;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.properties = properties;
    }

    /** The release after a change, or why the change was refused (nothing written then). */
    public record Outcome(Release release, List<UserError> userErrors) {

        static Outcome refused(UserError... errors) {
            return new Outcome(null, List.of(errors));
        }

        static Outcome refused(List<UserError> errors) {
            return new Outcome(null, List.copyOf(errors));
        }
    }

    /** Writes a new draft with its index number. */
    public Outcome create(ReleaseContent content, String issuerCode, ReleaseLanguage language, Long translationOf,
                          String author, boolean demo) {
        List<UserError> errors = new ArrayList<>(ReleaseCheck.check(content, catalogue));
        var issuer = issuerCode == null ? Optional.<ReleaseCatalogue.Issuer>empty() : catalogue.issuer(issuerCode);
        if (issuerCode == null || issuerCode.isBlank()) {
            errors.add(UserError.required("input", "issuerCode"));
        } else if (issuer.isEmpty()) {
            errors.add(UserError.notFound("没有这个发布机构 / No such issuing body", "input", "issuerCode"));
        }
        checkBusinesses(content, errors);
        return transactions.execute(tx -> {
            if (translationOf != null) {
                Release original = repository.findForUpdate(translationOf).orElse(null);
                if (original == null) {
                    errors.add(UserError.notFound("没有这条发布 / No such release", "input", "translationOfId"));
                } else if (original.language() == language) {
                    errors.add(UserError.invalid("译文须为另一语言 / A translation is in the other language",
                            "input", "translationOfId"));
                } else if (original.translationOf() != null || repository.isTranslated(translationOf)) {
                    errors.add(UserError.invalid("该发布已有译文或本身是译文 / That release has a translation already, or is one",
                            "input", "translationOfId"));
                }
            }
            if (!errors.isEmpty()) {
                return Outcome.refused(errors);
            }
            YearMonth month = content.writtenOn() != null ? YearMonth.from(content.writtenOn()) : YearMonth.now(COUNTY_TIME);
            String indexNumber = indexNumbers.next(issuer.get().code(), issuer.get().indexCode(), month);
            long key = repository.insert(content, indexNumber, issuer.get().code(), language, translationOf, author, demo);
            repository.replaceBusinesses(key, content.businessKeys());
            Map<String, Object> details = details(content);
            details.put("indexNumber", indexNumber);
            details.put("issuer", issuer.get().code());
            details.put("language", language.name());
            details.put("translationOf", translationOf);
            audit.record(author, "RELEASE_CREATED", Release.TYPE, key, details);
            events.publishEvent(new ReleaseChanged(key));
            return new Outcome(repository.find(key).orElseThrow(), List.of());
        });
    }

    /**
     * Edits a release. Before publication anything goes; after it, the edit is minor or major (a major one needs a
     * change note, is shown in the public history and moves {@code revisedAt}); a withdrawn release is closed.
     */
    public Outcome update(long key, java.util.function.UnaryOperator<ReleaseContent> edit, ReleaseChangeKind kind,
                          String note, String actor) {
        return transactions.execute(tx -> {
            Release release = repository.findForUpdate(key).orElse(null);
            if (release == null) {
                return Outcome.refused(noSuchRelease("input", "id"));
            }
            ReleaseContent content = edit.apply(ReleaseContent.of(release,
                    repository.businessesOf(List.of(key)).getOrDefault(key, List.of())));
            List<UserError> errors = new ArrayList<>(ReleaseCheck.check(content, catalogue));
            checkBusinesses(content, errors);
            String cleanNote = note == null || note.isBlank() ? null : note.strip();
            ReleaseCheck.within(cleanNote, ReleaseCheck.MAX_NOTE, errors, "changeNote");
            boolean published = release.state() == ReleaseState.PUBLISHED;
            if (release.state() == ReleaseState.WITHDRAWN) {
                errors.add(UserError.invalid("已撤回的发布不能修改 / A withdrawn release cannot be changed", "input", "id"));
            } else if (published && kind == null) {
                errors.add(new UserError(List.of("input", "changeKind"), "REQUIRED",
                        "已发布：请说明是小修改还是重大修改 / Published: say whether the edit is MINOR or MAJOR"));
            } else if (published && kind == ReleaseChangeKind.MAJOR && cleanNote == null) {
                errors.add(new UserError(List.of("input", "changeNote"), "REQUIRED",
                        "重大修改须有修改说明 / A major edit needs a change note"));
            }
            if (!errors.isEmpty()) {
                return Outcome.refused(errors);
            }
            boolean major = published && kind == ReleaseChangeKind.MAJOR;
            repository.updateContent(key, content, major);
            repository.replaceBusinesses(key, content.businessKeys());
            Map<String, Object> details = details(content);
            if (published) {
                repository.recordChange(key, kind, cleanNote, actor);
                details.put("changeKind", kind.name());
                details.put("changeNote", cleanNote);
            }
            audit.record(actor, "RELEASE_UPDATED", Release.TYPE, key, details);
            events.publishEvent(new ReleaseChanged(key));
            return new Outcome(repository.find(key).orElseThrow(), List.of());
        });
    }

    /** Schedules a draft: it is published automatically at {@code at}, which must be in the future. */
    public Outcome schedule(long key, OffsetDateTime at, String publisher) {
        return transactions.execute(tx -> {
            Release release = repository.findForUpdate(key).orElse(null);
            if (release == null) {
                return Outcome.refused(noSuchRelease("id"));
            }
            if (release.state() != ReleaseState.DRAFT) {
                return Outcome.refused(UserError.invalid("只有草稿可以定时发布 / Only a draft can be scheduled", "id"));
            }
            if (!at.isAfter(OffsetDateTime.now())) {
                return Outcome.refused(UserError.invalid("定时须在将来 / The time must be in the future", "publishAt"));
            }
            if (authorMayNotPublish(release, publisher)) {
                return Outcome.refused(fourEyes());
            }
            repository.schedule(key, at, publisher);
            audit.record(publisher, "RELEASE_SCHEDULED", Release.TYPE, key, Map.of("publishAt", at.toString()));
            events.publishEvent(new ReleaseChanged(key));
            return new Outcome(repository.find(key).orElseThrow(), List.of());
        });
    }

    /** Takes a scheduled release back to draft. */
    public Outcome cancelSchedule(long key, String actor) {
        return transactions.execute(tx -> {
            Release release = repository.findForUpdate(key).orElse(null);
            if (release == null) {
                return Outcome.refused(noSuchRelease("id"));
            }
            if (release.state() != ReleaseState.SCHEDULED) {
                return Outcome.refused(UserError.invalid("该发布未定时 / The release is not scheduled", "id"));
            }
            repository.unschedule(key);
            audit.record(actor, "RELEASE_UNSCHEDULED", Release.TYPE, key, Map.of());
            events.publishEvent(new ReleaseChanged(key));
            return new Outcome(repository.find(key).orElseThrow(), List.of());
        });
    }

    /** Publishes a draft or scheduled release now. */
    public Outcome publish(long key, String publisher) {
        return publishAt(key, null, publisher);
    }

    /**
     * Publishes with a given publication time (null: now). A past time is for releases that were published before
     * this platform existed (the county's documents, demo content).
     */
    public Outcome publishAt(long key, OffsetDateTime at, String publisher) {
        return transactions.execute(tx -> {
            Release release = repository.findForUpdate(key).orElse(null);
            if (release == null) {
                return Outcome.refused(noSuchRelease("id"));
            }
            if (release.state() != ReleaseState.DRAFT && release.state() != ReleaseState.SCHEDULED) {
                return Outcome.refused(UserError.invalid("该发布已发布或已撤回 / The release is published or withdrawn already", "id"));
            }
            if (authorMayNotPublish(release, publisher)) {
                return Outcome.refused(fourEyes());
            }
            OffsetDateTime when = at == null ? OffsetDateTime.now() : at;
            repository.publish(key, when, publisher);
            audit.record(publisher, "RELEASE_PUBLISHED", Release.TYPE, key, Map.of("publishedAt", when.toString()));
            events.publishEvent(new ReleaseChanged(key));
            events.publishEvent(new ReleasePublished(key));
            return new Outcome(repository.find(key).orElseThrow(), List.of());
        });
    }

    /**
     * Publishes every scheduled release that is due, each exactly once even with several instances running: the
     * rows are claimed and published by one {@code UPDATE … RETURNING}, and the events go out in the same transaction.
     */
    public List<Long> publishDue() {
        return transactions.execute(tx -> {
            List<Long> published = repository.publishDue();
            for (long key : published) {
                audit.record(null, "RELEASE_PUBLISHED", Release.TYPE, key, Map.of("scheduled", true));
                events.publishEvent(new ReleaseChanged(key));
                events.publishEvent(new ReleasePublished(key));
            }
            return published;
        });
    }

    /** Withdraws a published release: it stays at its link with the notice and date. */
    public Outcome withdraw(long key, String reason, String actor) {
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty()) {
            return Outcome.refused(UserError.required("reason"));
        }
        if (ReleaseCheck.length(clean) > ReleaseCheck.MAX_NOTE) {
            return Outcome.refused(UserError.tooLong(ReleaseCheck.MAX_NOTE, "reason"));
        }
        return transactions.execute(tx -> {
            Release release = repository.findForUpdate(key).orElse(null);
            if (release == null) {
                return Outcome.refused(noSuchRelease("id"));
            }
            if (release.state() != ReleaseState.PUBLISHED) {
                return Outcome.refused(UserError.invalid("只有已发布的可以撤回 / Only a published release can be withdrawn", "id"));
            }
            repository.withdraw(key, clean, actor);
            audit.record(actor, "RELEASE_WITHDRAWN", Release.TYPE, key, Map.of("reason", clean));
            events.publishEvent(new ReleaseChanged(key));
            return new Outcome(repository.find(key).orElseThrow(), List.of());
        });
    }

    public Optional<Release> find(long key) {
        return repository.find(key);
    }

    public Optional<Release> findByIndexNumber(String indexNumber) {
        return repository.findByIndexNumber(indexNumber);
    }

    public List<Release> findAll(Collection<Long> keys) {
        return repository.findAll(keys);
    }

    /** The businesses each release concerns. */
    public Map<Long, List<Long>> businessesOf(Collection<Long> keys) {
        return repository.businessesOf(keys);
    }

    /** The public permanent link of a release. */
    public String permalink(Release release) {
        return properties.portalUrl().replaceAll("/+$", "") + "/releases/" + release.globalId();
    }

    private boolean authorMayNotPublish(Release release, String publisher) {
        return properties.publisherMayNotBeAuthor() && publisher != null && publisher.equals(release.createdBy());
    }

    private static UserError fourEyes() {
        return UserError.invalid("发布人不能是作者本人（县里的四眼原则）/ The county requires that the publisher is not the author",
                "id");
    }

    private void checkBusinesses(ReleaseContent content, List<UserError> errors) {
        if (!content.businessKeys().isEmpty()
                && businesses.findAll(content.businessKeys()).size() != new java.util.HashSet<>(content.businessKeys()).size()) {
            errors.add(UserError.noSuchBusiness("input", "businessIds"));
        }
    }

    private static UserError noSuchRelease(String... field) {
        return UserError.notFound("没有这条发布 / No such release", field);
    }

    private static Map<String, Object> details(ReleaseContent content) {
        Map<String, Object> details = new HashMap<>();
        details.put("title", content.title());
        details.put("documentNumber", content.documentNumber());
        details.put("category", content.categoryCode());
        details.put("keywords", content.keywords());
        details.put("writtenOn", content.writtenOn() == null ? null : content.writtenOn().toString());
        details.put("effectiveOn", content.effectiveOn() == null ? null : content.effectiveOn().toString());
        details.put("repealedOn", content.repealedOn() == null ? null : content.repealedOn().toString());
        details.put("businesses", content.businessKeys());
        details.put("bodyLength", content.bodyMarkdown() == null ? 0 : content.bodyMarkdown().length());
        return details;
    }
}
