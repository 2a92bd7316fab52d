package cn.gov.yongjia.shixiao.graphqlapi.release;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.yongjia.shixiao.graphqlapi.api.AccessRefusedException;
import cn.gov.yongjia.shixiao.graphqlapi.api.InvalidArgumentException;
import cn.gov.yongjia.shixiao.graphqlapi.api.UserError;
import cn.gov.yongjia.shixiao.graphqlapi.audit.AuditLog;
import cn.gov.yongjia.shixiao.graphqlapi.business.Business;
import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessRegistry;
import cn.gov.yongjia.shixiao.graphqlapi.relay.Connection;
import cn.gov.yongjia.shixiao.graphqlapi.relay.GlobalId;
import cn.gov.yongjia.shixiao.graphqlapi.staff.ReleaseRight;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccess;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffMember;
import cn.gov.yongjia.shixiao.schema.types.CreateReleaseInput;
import cn.gov.yongjia.shixiao.schema.types.ReleaseFilter;
import cn.gov.yongjia.shixiao.schema.types.ReleaseLanguage;
import cn.gov.yongjia.shixiao.schema.types.ReleaseSort;
import cn.gov.yongjia.shixiao.schema.types.ReleaseState;
import cn.gov.yongjia.shixiao.schema.types.UpdateReleaseInput;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class ReleaseController {

    static final int MAX_RELEASES_PER_BUSINESS = 20;
    private static final String RELEASES_OF_BUSINESS = "releasesOfBusiness";
    private static final List<ReleaseState> PUBLIC_STATES = List.of(ReleaseState.PUBLISHED, ReleaseState.WITHDRAWN);

    /** Key of the batch that loads a business's newest releases. */
    record BusinessReleasesKey(long businessKey, int limit) {
    }

    /** The notice on a withdrawn release. */
    record Withdrawal(OffsetDateTime withdrawnAt, String reason) {
    }

    private final ReleaseRecords records;
    private final ReleaseList list;
    private final ReleaseRepository repository;
    private final ReleaseCatalogue catalogue;
    private final BusinessRegistry businesses;
    private final StaffAccess access;
    private final AuditLog audit;
    private final PublishedReleases published;
    private final ReleaseAttachments attachments;

    ReleaseController(ReleaseRecords records, ReleaseList list, ReleaseRepository repository, ReleaseCatalogue catalogue,
                      BusinessRegistry businesses, StaffAccess access, AuditLog audit, PublishedReleases published,
                      ReleaseAttachments attachments, BatchLoaderRegistry batchLoaders) {
        this.published = published;
        this.attachments = attachments;
        this.records = records;
        this.list = list;
        this.repository = repository;
        this.catalogue = catalogue;
        this.businesses = businesses;
        this.access = access;
        this.audit = audit;
        batchLoaders.<BusinessReleasesKey, List<Release>>forName(RELEASES_OF_BUSINESS)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> loadReleasesOfBusinesses(keys)));
    }

    // --- queries

    @QueryMapping
    Release release(@Argument String id, @Argument String indexNumber) {
        if ((id == null) == (indexNumber == null)) {
            throw new InvalidArgumentException("id", "请给出 id 或 indexNumber 之一 / Give either id or indexNumber");
        }
        var found = id != null ? records.find(GlobalId.keyOf(id, Release.TYPE, "id")) : records.findByIndexNumber(indexNumber.strip());
        return found.filter(this::visible).orElse(null);
    }

    @QueryMapping
    Connection<Release> releases(@Argument ReleaseFilter filter, @Argument ReleaseSort sort, @Argument Integer first,
                                 @Argument String after) {
        ReleaseFilter f = filter == null ? new ReleaseFilter() : filter;
        List<ReleaseState> states = f.getStates() == null ? PUBLIC_STATES : f.getStates();
        if (states.isEmpty()) {
            throw new InvalidArgumentException("filter.states", "states 不能为空 / states cannot be empty");
        }
        if (!PUBLIC_STATES.containsAll(states) && !access.mayReadReleaseDrafts()) {
            throw access.current().isEmpty() ? AccessRefusedException.notSignedIn()
                    : AccessRefusedException.outOfScope("草稿和定时发布仅编辑和发布人可见 / Drafts and scheduled releases are for editors and publishers");
        }
        var query = new ReleaseList.Query(
                f.getCategories() == null ? List.of() : f.getCategories(),
                f.getIssuers() == null ? List.of() : f.getIssuers(),
                f.getPublishedFrom(), f.getPublishedUntil(), f.getLanguage(),
                f.getBusinessId() == null ? null : GlobalId.keyOf(f.getBusinessId(), Business.TYPE, "filter.businessId"),
                states);
        return list.page(query, sort, first == null ? 20 : first, after);
    }

    @QueryMapping
    List<ReleaseCatalogue.Category> releaseCategories() {
        return catalogue.categories();
    }

    @QueryMapping
    List<ReleaseCatalogue.Issuer> releaseIssuers() {
        return catalogue.issuers();
    }

    @QueryMapping
    String releasePreview(@Argument String markdown) {
        access.requireReleaseRight(ReleaseRight.EDIT);
        if (ReleaseCheck.length(markdown) > ReleaseCheck.MAX_BODY) {
            throw new InvalidArgumentException("markdown", "最多 " + ReleaseCheck.MAX_BODY + " 个字符 / at most "
                    + ReleaseCheck.MAX_BODY + " characters");
        }
        return SanitisedMarkdown.toHtml(markdown);
    }

    @org.springframework.graphql.data.method.annotation.SubscriptionMapping
    reactor.core.publisher.Flux<Release> releasePublished() {
        return published.stream();
    }

    // --- mutations

    @MutationMapping
    ReleaseRecords.Outcome createRelease(@Argument CreateReleaseInput input) {
        StaffMember editor = access.requireReleaseRight(ReleaseRight.EDIT);
        Long translationOf = input.getTranslationOfId() == null ? null
                : GlobalId.keyOf(input.getTranslationOfId(), Release.TYPE, "input.translationOfId");
        ReleaseContent content = new ReleaseContent(blankToNull(input.getDocumentNumber()), strip(input.getTitle()),
                blankToNull(input.getSummary()), input.getBodyMarkdown(), strip(input.getCategoryCode()),
                keywords(input.getKeywords()), input.getWrittenOn(), input.getEffectiveOn(), input.getRepealedOn(),
                businessKeys(input.getBusinessIds()));
        return records.create(content, strip(input.getIssuerCode()),
                input.getLanguage() == null ? ReleaseLanguage.ZH : input.getLanguage(), translationOf, editor.username(), false);
    }

    @MutationMapping
    ReleaseRecords.Outcome updateRelease(@Argument UpdateReleaseInput input, DataFetchingEnvironment env) {
        StaffMember editor = access.requireReleaseRight(ReleaseRight.EDIT);
        long key = GlobalId.keyOf(input.getId(), Release.TYPE, "input.id");
        Map<String, Object> given = env.getArgument("input");
        List<Long> newBusinesses = input.getBusinessIds() == null ? null : businessKeys(input.getBusinessIds());
        return records.update(key, old -> new ReleaseContent(
                given.containsKey("documentNumber") ? blankToNull(input.getDocumentNumber()) : old.documentNumber(),
                given.containsKey("title") ? strip(input.getTitle()) : old.title(),
                given.containsKey("summary") ? blankToNull(input.getSummary()) : old.summary(),
                given.containsKey("bodyMarkdown") ? input.getBodyMarkdown() : old.bodyMarkdown(),
                given.containsKey("categoryCode") ? strip(input.getCategoryCode()) : old.categoryCode(),
                given.containsKey("keywords") ? keywords(input.getKeywords()) : old.keywords(),
                given.containsKey("writtenOn") ? input.getWrittenOn() : old.writtenOn(),
                given.containsKey("effectiveOn") ? input.getEffectiveOn() : old.effectiveOn(),
                given.containsKey("repealedOn") ? input.getRepealedOn() : old.repealedOn(),
                given.containsKey("businessIds") ? (newBusinesses == null ? List.of() : newBusinesses) : old.businessKeys()),
                input.getChangeKind(), input.getChangeNote(), editor.username());
    }

    @MutationMapping
    ReleaseRecords.Outcome scheduleRelease(@Argument String id, @Argument OffsetDateTime publishAt) {
        StaffMember publisher = access.requireReleaseRight(ReleaseRight.PUBLISH);
        return records.schedule(GlobalId.keyOf(id, Release.TYPE, "id"), publishAt, publisher.username());
    }

    @MutationMapping
    ReleaseRecords.Outcome cancelReleaseSchedule(@Argument String id) {
        StaffMember publisher = access.requireReleaseRight(ReleaseRight.PUBLISH);
        return records.cancelSchedule(GlobalId.keyOf(id, Release.TYPE, "id"), publisher.username());
    }

    @MutationMapping
    ReleaseRecords.Outcome publishRelease(@Argument String id) {
        StaffMember publisher = access.requireReleaseRight(ReleaseRight.PUBLISH);
        return records.publish(GlobalId.keyOf(id, Release.TYPE, "id"), publisher.username());
    }

    @MutationMapping
    ReleaseRecords.Outcome withdrawRelease(@Argument String id, @Argument String reason) {
        StaffMember publisher = access.requireReleaseRight(ReleaseRight.PUBLISH);
        return records.withdraw(GlobalId.keyOf(id, Release.TYPE, "id"), reason, publisher.username());
    }

    /** The result of defining a category. */
    record CategoryOutcome(ReleaseCatalogue.Category category, List<UserError> userErrors) {
    }

    @MutationMapping
    @org.springframework.transaction.annotation.Transactional
    CategoryOutcome defineReleaseCategory(@Argument String code, @Argument String name, @Argument String nameEn) {
        StaffMember admin = access.requireCountyAdmin();
        List<UserError> errors = new ArrayList<>();
        String cleanCode = strip(code);
        if (cleanCode == null || !cleanCode.matches("[A-Z][A-Z0-9_]{1,31}")) {
            errors.add(UserError.invalid("代码须为 2–32 位大写字母、数字或下划线 / The code is 2 to 32 capitals, digits or _", "code"));
        }
        ReleaseCheck.requiredWithin(strip(name), 50, errors, "name");
        ReleaseCheck.requiredWithin(strip(nameEn), 100, errors, "nameEn");
        if (!errors.isEmpty()) {
            return new CategoryOutcome(null, errors);
        }
        if (!catalogue.define(cleanCode, strip(name), strip(nameEn))) {
            return new CategoryOutcome(null, List.of(new UserError(List.of("code"), "DUPLICATE",
                    "已有此代码或名称的分类 / A category with this code or name exists")));
        }
        audit.record(admin.username(), "RELEASE_CATEGORY_DEFINED", "ReleaseCategory", 0,
                Map.of("code", cleanCode, "name", strip(name), "nameEn", strip(nameEn)));
        return new CategoryOutcome(catalogue.category(cleanCode).orElseThrow(), List.of());
    }

    // --- fields of Release

    @SchemaMapping(typeName = Release.TYPE)
    String permalink(Release release) {
        return records.permalink(release);
    }

    @SchemaMapping(typeName = Release.TYPE)
    String bodyHtml(Release release) {
        return SanitisedMarkdown.toHtml(release.bodyMarkdown());
    }

    @SchemaMapping(typeName = Release.TYPE)
    OffsetDateTime scheduledFor(Release release) {
        return release.state() == ReleaseState.SCHEDULED ? release.publishAt() : null;
    }

    @SchemaMapping(typeName = Release.TYPE)
    Withdrawal withdrawal(Release release) {
        return release.state() == ReleaseState.WITHDRAWN ? new Withdrawal(release.withdrawnAt(), release.withdrawalReason()) : null;
    }

    @SchemaMapping(typeName = Release.TYPE)
    String author(Release release) {
        return access.isStaff() ? release.createdBy() : null;
    }

    @SchemaMapping(typeName = Release.TYPE)
    String publisher(Release release) {
        return access.isStaff() ? release.publishedBy() : null;
    }

    @BatchMapping(typeName = Release.TYPE)
    Map<Release, ReleaseCatalogue.Issuer> issuer(List<Release> releases) {
        var byCode = catalogue.issuersByCode();
        return releases.stream().collect(Collectors.toMap(Function.identity(), r -> byCode.get(r.issuerCode()), (a, b) -> a));
    }

    @BatchMapping(typeName = Release.TYPE)
    Map<Release, ReleaseCatalogue.Category> category(List<Release> releases) {
        var byCode = catalogue.categoriesByCode();
        return releases.stream().collect(Collectors.toMap(Function.identity(), r -> byCode.get(r.categoryCode()), (a, b) -> a));
    }

    @BatchMapping(typeName = Release.TYPE)
    Map<Release, Release> translation(List<Release> releases) {
        boolean drafts = access.mayReadReleaseDrafts();
        var originals = repository.findAll(releases.stream().map(Release::translationOf).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Release::key, Function.identity()));
        var translations = repository.translationsOf(releases.stream().map(Release::key).toList());
        Map<Release, Release> result = new HashMap<>();
        for (Release release : releases) {
            Release other = release.translationOf() != null ? originals.get(release.translationOf()) : translations.get(release.key());
            if (other != null && (drafts || other.isPublic())) {
                result.put(release, other);
            }
        }
        return result;
    }

    @BatchMapping(typeName = Release.TYPE)
    Map<Release, List<ReleaseRepository.Change>> changes(List<Release> releases) {
        var changes = repository.changesOf(releases.stream().map(Release::key).toList(), access.isStaff());
        return releases.stream().collect(Collectors.toMap(Function.identity(),
                r -> changes.getOrDefault(r.key(), List.of()), (a, b) -> a));
    }

    @BatchMapping(typeName = Release.TYPE)
    Map<Release, List<Business>> businesses(List<Release> releases) {
        var keysByRelease = repository.businessesOf(releases.stream().map(Release::key).toList());
        var all = businesses.findAll(keysByRelease.values().stream().flatMap(List::stream).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Business::key, Function.identity()));
        return releases.stream().collect(Collectors.toMap(Function.identity(), r -> keysByRelease
                .getOrDefault(r.key(), List.of()).stream().map(all::get).filter(java.util.Objects::nonNull).toList(), (a, b) -> a));
    }

    @BatchMapping(typeName = Release.TYPE)
    Map<Release, List<ReleaseAttachments.Attachment>> attachments(List<Release> releases) {
        var byRelease = attachments.of(releases.stream().map(Release::key).toList());
        return releases.stream().collect(Collectors.toMap(Function.identity(),
                r -> byRelease.getOrDefault(r.key(), List.of()), (a, b) -> a));
    }

    @SchemaMapping(typeName = "ReleaseAttachment", field = "id")
    String attachmentId(ReleaseAttachments.Attachment attachment) {
        return attachment.globalId();
    }

    @SchemaMapping(typeName = "ReleaseAttachment")
    String url(ReleaseAttachments.Attachment attachment) {
        return attachments.url(attachment);
    }

    // --- Business.releases

    @SchemaMapping(typeName = Business.TYPE)
    CompletableFuture<List<Release>> releases(Business business, @Argument Integer first, DataFetchingEnvironment env) {
        int limit = first == null ? 10 : first;
        if (limit < 1 || limit > MAX_RELEASES_PER_BUSINESS) {
            throw new InvalidArgumentException("first", "first 须在 1 到 " + MAX_RELEASES_PER_BUSINESS
                    + " 之间 / first must be between 1 and " + MAX_RELEASES_PER_BUSINESS);
        }
        DataLoader<BusinessReleasesKey, List<Release>> loader = env.getDataLoader(RELEASES_OF_BUSINESS);
        return loader.load(new BusinessReleasesKey(business.key(), limit));
    }

    /** One query per distinct limit in the request: in practice one query for the whole page of businesses. */
    private Map<BusinessReleasesKey, List<Release>> loadReleasesOfBusinesses(Set<BusinessReleasesKey> keys) {
        Map<BusinessReleasesKey, List<Release>> result = new LinkedHashMap<>();
        keys.stream().collect(Collectors.groupingBy(BusinessReleasesKey::limit)).forEach((limit, members) -> {
            var byBusiness = repository.publicReleasesOf(members.stream().map(BusinessReleasesKey::businessKey).toList(), limit);
            members.forEach(k -> result.put(k, byBusiness.getOrDefault(k.businessKey(), List.of())));
        });
        return result;
    }

    private boolean visible(Release release) {
        return release.isPublic() || access.mayReadReleaseDrafts();
    }

    private static List<Long> businessKeys(List<String> ids) {
        if (ids == null) {
            return List.of();
        }
        List<Long> keys = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long key = GlobalId.keyOf(ids.get(i), Business.TYPE, "input.businessIds");
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static List<String> keywords(List<String> keywords) {
        return keywords == null ? List.of() : keywords.stream().map(String::strip).distinct().toList();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
