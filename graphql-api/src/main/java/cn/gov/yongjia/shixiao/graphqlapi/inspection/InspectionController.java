package cn.gov.yongjia.shixiao.graphqlapi.inspection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.yongjia.shixiao.graphqlapi.api.InvalidArgumentException;
import cn.gov.yongjia.shixiao.graphqlapi.api.UserError;
import cn.gov.yongjia.shixiao.graphqlapi.business.Business;
import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessRegistry;
import cn.gov.yongjia.shixiao.graphqlapi.region.Department;
import cn.gov.yongjia.shixiao.graphqlapi.region.Departments;
import cn.gov.yongjia.shixiao.graphqlapi.region.Township;
import cn.gov.yongjia.shixiao.graphqlapi.region.Townships;
import cn.gov.yongjia.shixiao.graphqlapi.relay.GlobalId;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccess;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffMember;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffRole;
import cn.gov.yongjia.shixiao.schema.types.OwnerDutiesInput;
import cn.gov.yongjia.shixiao.schema.types.RecordInspectionInput;
import cn.gov.yongjia.shixiao.schema.types.ViolationInput;
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
class InspectionController {

    static final int MAX_INSPECTIONS_PER_BUSINESS = 20;
    private static final String NEWEST_INSPECTIONS = "newestInspections";

    /** Key of the batch that loads a business's newest inspections. */
    record NewestKey(long businessKey, int limit, boolean includeDrafts) {
    }

    private final InspectionRecords records;
    private final BusinessRegistry businesses;
    private final StaffAccess access;
    private final Departments departments;
    private final Townships townships;
    private final boolean showInspectorNames;

    InspectionController(InspectionRecords records, BusinessRegistry businesses, StaffAccess access,
                         Departments departments, Townships townships, BatchLoaderRegistry batchLoaders,
                         @org.springframework.beans.factory.annotation.Value("${yongjia.privacy.show-inspector-names:false}")
                         boolean showInspectorNames) {
        this.showInspectorNames = showInspectorNames;
        this.records = records;
        this.businesses = businesses;
        this.access = access;
        this.departments = departments;
        this.townships = townships;
        batchLoaders.<NewestKey, List<Inspection>>forName(NEWEST_INSPECTIONS)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> loadNewest(keys)));
    }

    /** One query per distinct (limit, drafts) pair in the request: in practice one query for the whole page. */
    private Map<NewestKey, List<Inspection>> loadNewest(Set<NewestKey> keys) {
        Map<NewestKey, List<Inspection>> result = new HashMap<>();
        keys.stream().collect(Collectors.groupingBy(k -> List.of(k.limit(), k.includeDrafts()))).forEach((group, members) -> {
            Map<Long, List<Inspection>> byBusiness = records.newestOf(
                    members.stream().map(NewestKey::businessKey).toList(), (Integer) group.get(0), (Boolean) group.get(1));
            members.forEach(k -> result.put(k, byBusiness.getOrDefault(k.businessKey(), List.of())));
        });
        return result;
    }

    @SchemaMapping(typeName = Business.TYPE)
    CompletableFuture<List<Inspection>> inspections(Business business, @Argument Integer first, DataFetchingEnvironment env) {
        int limit = first == null ? 3 : first;
        if (limit < 1 || limit > MAX_INSPECTIONS_PER_BUSINESS) {
            throw new InvalidArgumentException("first", "first 须在 1 到 " + MAX_INSPECTIONS_PER_BUSINESS
                    + " 之间 / first must be between 1 and " + MAX_INSPECTIONS_PER_BUSINESS);
        }
        DataLoader<NewestKey, List<Inspection>> loader = env.getDataLoader(NEWEST_INSPECTIONS);
        return loader.load(new NewestKey(business.key(), limit, access.isStaff()));
    }

    @QueryMapping
    cn.gov.yongjia.shixiao.graphqlapi.relay.Connection<Inspection> inspections(
            @Argument cn.gov.yongjia.shixiao.schema.types.InspectionFilter filter, @Argument Integer first, @Argument String after) {
        var page = cn.gov.yongjia.shixiao.graphqlapi.relay.PageRequest.of(first, after);
        var f = filter == null ? new cn.gov.yongjia.shixiao.schema.types.InspectionFilter() : filter;
        var query = new InspectionRecords.InspectionQuery(
                f.getBusinessId() == null ? null : GlobalId.keyOf(f.getBusinessId(), Business.TYPE, "filter.businessId"),
                f.getKinds() == null ? List.of() : f.getKinds().stream().map(Enum::name).toList(),
                f.getDepartmentCodes() == null ? List.of() : f.getDepartmentCodes(),
                f.getOutcomes() == null ? List.of() : f.getOutcomes().stream().map(Enum::name).toList(),
                f.getInspectedFrom(), f.getInspectedUntil());
        return records.page(query, page, access.isStaff());
    }

    @QueryMapping
    List<ViolationCode> violationCodes() {
        return records.currentCodeList();
    }

    @MutationMapping
    InspectionRecords.Outcome recordInspection(@Argument RecordInspectionInput input) {
        long businessKey = GlobalId.keyOf(input.getBusinessId(), Business.TYPE, "businessId");
        Business business = businesses.find(businessKey).orElse(null);
        if (business == null) {
            return new InspectionRecords.Outcome(null, List.of(UserError.noSuchBusiness("input", "businessId")));
        }
        StaffMember staff = access.requireMayActOn(business.trade(), business.townshipCode());
        List<UserError> errors = new ArrayList<>();
        String department = input.getDepartmentCode();
        String township = null;
        if (staff.role() == StaffRole.DEPARTMENT_INSPECTOR) {
            if (department != null && !department.equals(staff.departmentCode())) {
                errors.add(UserError.invalid("只能以本部门名义检查 / You inspect for your own department only",
                        "input", "departmentCode"));
            }
            department = staff.departmentCode();
        } else if (staff.role() == StaffRole.TOWNSHIP_OFFICER) {
            township = staff.townshipCode();
        }
        if (department != null && departments.find(department).isEmpty()) {
            errors.add(new UserError(List.of("input", "departmentCode"), "NOT_FOUND", "没有这个部门 / No such department"));
        }
        if (!errors.isEmpty()) {
            return new InspectionRecords.Outcome(null, errors);
        }
        String version = records.currentCodeListVersion();
        List<ViolationInput> violations = input.getViolations() == null ? List.of() : input.getViolations();
        OwnerDutiesInput duties = input.getOwnerDuties();
        NewInspection inspection = new NewInspection(businessKey, input.getInspectedOn(), input.getKind(), department,
                township, input.getInspectors() == null ? List.of() : input.getInspectors().stream().map(String::strip).toList(),
                input.getHygieneScore(), input.getFacilitiesScore(), input.getManagementScore(),
                new Inspection.OwnerDuties(duties.getPurchaseAcceptance(), duties.getLedger(),
                        duties.getCertificatesAndInvoices(), duties.getQualityCommitment()),
                input.getOutcome(), input.getFollowUpDue(), blankToNull(input.getPublicSummary()),
                violations.stream().map(v -> new NewInspection.Finding(v.getCode(), version, blankToNull(v.getNote()),
                        v.getCorrection(), v.getDeadline())).toList(),
                input.getJointDepartmentCodes() == null ? List.of()
                        : input.getJointDepartmentCodes().stream().map(String::strip).toList());
        return records.record(inspection, staff.username(), false);
    }

    @MutationMapping
    InspectionRecords.Outcome publishInspection(@Argument String id) {
        long key = GlobalId.keyOf(id, Inspection.TYPE, "id");
        Inspection inspection = records.find(key).orElse(null);
        if (inspection == null) {
            return new InspectionRecords.Outcome(null, List.of(UserError.notFound("没有这次检查 / No such inspection", "id")));
        }
        Business business = businesses.find(inspection.businessKey()).orElseThrow();
        StaffMember staff = access.requireMayActOn(business.trade(), business.townshipCode());
        return records.publish(key, staff.username());
    }

    @MutationMapping
    InspectionRecords.Outcome appealInspection(@Argument String id, @Argument String reason) {
        long key = GlobalId.keyOf(id, Inspection.TYPE, "id");
        Inspection inspection = records.find(key).filter(Inspection::isPublic).orElse(null);
        if (inspection == null) {
            return new InspectionRecords.Outcome(null, List.of(UserError.notFound("没有这次检查 / No such inspection", "id")));
        }
        StaffMember member = access.current().orElseThrow(cn.gov.yongjia.shixiao.graphqlapi.api.AccessRefusedException::notSignedIn);
        if (member.role() == StaffRole.OWNER) {
            if (member.businessKey() == null || member.businessKey() != inspection.businessKey()) {
                throw cn.gov.yongjia.shixiao.graphqlapi.api.AccessRefusedException.outOfScope(
                        "只有该经营主体的业主可以申诉 / Only the owner of this business may appeal");
            }
        } else {
            Business business = businesses.find(inspection.businessKey()).orElseThrow();
            access.requireMayActOn(business.trade(), business.townshipCode());
        }
        return records.appeal(key, reason, member.username());
    }

    @MutationMapping
    InspectionRecords.Outcome decideInspectionAppeal(@Argument String id, @Argument Boolean granted, @Argument String decision) {
        long key = GlobalId.keyOf(id, Inspection.TYPE, "id");
        Inspection inspection = records.find(key).orElse(null);
        if (inspection == null) {
            return new InspectionRecords.Outcome(null, List.of(UserError.notFound("没有这次检查 / No such inspection", "id")));
        }
        Business business = businesses.find(inspection.businessKey()).orElseThrow();
        StaffMember staff = access.requireMayActOn(business.trade(), business.townshipCode());
        return records.decideAppeal(key, granted, decision, staff.username());
    }

    @BatchMapping(typeName = Inspection.TYPE)
    Map<Inspection, Business> business(List<Inspection> inspections) {
        Map<Long, Business> byKey = businesses.findAll(inspections.stream().map(Inspection::businessKey).distinct().toList())
                .stream().collect(Collectors.toMap(Business::key, Function.identity()));
        return inspections.stream().collect(Collectors.toMap(Function.identity(), i -> byKey.get(i.businessKey()), (a, b) -> a));
    }

    @SchemaMapping(typeName = Inspection.TYPE)
    Department department(Inspection inspection) {
        return departments.find(inspection.departmentCode()).orElse(null);
    }

    @SchemaMapping(typeName = Inspection.TYPE)
    Township township(Inspection inspection) {
        return townships.find(inspection.townshipCode()).orElse(null);
    }

    /** Inspectors' names are personal data: staff only, unless the county decides to publish them. */
    @SchemaMapping(typeName = Inspection.TYPE)
    List<String> inspectors(Inspection inspection) {
        return access.isStaff() || showInspectorNames ? inspection.inspectors() : null;
    }

    /** The lead and joint departments of every inspection of the request, in one query. */
    @BatchMapping(typeName = Inspection.TYPE)
    Map<Inspection, List<InspectionDepartment>> departments(List<Inspection> inspections) {
        Map<Long, List<InspectionDepartment>> byInspection = records.departmentsOf(
                inspections.stream().map(Inspection::key).toList());
        return inspections.stream().collect(Collectors.toMap(Function.identity(),
                i -> byInspection.getOrDefault(i.key(), List.of()), (a, b) -> a));
    }

    @BatchMapping(typeName = Inspection.TYPE)
    Map<Inspection, List<Violation>> violations(List<Inspection> inspections) {
        Map<Long, List<Violation>> byInspection = records.violationsOf(inspections.stream().map(Inspection::key).toList());
        return inspections.stream().collect(Collectors.toMap(Function.identity(),
                i -> byInspection.getOrDefault(i.key(), List.of()), (a, b) -> a));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
