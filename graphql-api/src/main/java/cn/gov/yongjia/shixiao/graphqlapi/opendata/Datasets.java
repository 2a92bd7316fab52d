package cn.gov.yongjia.shixiao.graphqlapi.opendata;

import java.time.LocalDate;
import java.util.List;

import cn.gov.yongjia.shixiao.graphqlapi.business.Business;
import cn.gov.yongjia.shixiao.graphqlapi.inspection.Inspection;
import cn.gov.yongjia.shixiao.graphqlapi.inspection.Violation;
import cn.gov.yongjia.shixiao.graphqlapi.rating.Rating;
import cn.gov.yongjia.shixiao.graphqlapi.relay.GlobalId;

/** The columns of the three open datasets, modelled on the LIVES layout (businesses, inspections, violations). */
final class Datasets {

    /** A business with its current rating, and the names of where it sits and who supervises it. */
    record RatedBusiness(Business business, Rating rating, String townshipName, String villageName, String gridCellName,
                         String supervisingOfficeName, boolean abnormalOperation) {
    }

    /** A public inspection with the codes of its joint departments (the lead is {@code department_code}). */
    record JointInspection(Inspection inspection, List<String> jointDepartmentCodes) {
    }

    private Datasets() {
    }

    static final List<Column<RatedBusiness>> BUSINESSES = List.of(
            new Column<>("business_id", "string", "永久 ID（同 GraphQL Business.id）/ Permanent ID, as Business.id in the API", r -> r.business().globalId()),
            new Column<>("name", "string", "登记名称 / Registered name", r -> r.business().name()),
            new Column<>("shop_sign_name", "string", "招牌名 / Shop-sign name", r -> r.business().shopSignName()),
            new Column<>("trade", "enum", "行业代码（RESTAURANT 小餐饮 … CLINIC 小诊所）/ Trade code", r -> r.business().trade().name()),
            new Column<>("credit_code", "string", "统一社会信用代码 / Unified social credit code (18 characters)", r -> r.business().creditCode()),
            new Column<>("registration_number", "string", "旧 15 位注册号 / Legacy registration number", r -> r.business().registrationNumber()),
            new Column<>("address", "string", "经营地址 / Address", r -> r.business().address()),
            new Column<>("township_code", "string", "乡镇代码 / Township code", r -> r.business().townshipCode()),
            new Column<>("township_name", "string", "乡镇名称 / Township name", RatedBusiness::townshipName),
            new Column<>("village_code", "string", "村（社区）代码 / Village or community code", r -> r.business().villageCode()),
            new Column<>("village_name", "string", "村（社区）名称 / Village or community name", RatedBusiness::villageName),
            new Column<>("grid_cell_code", "string", "网格代码 / Grid cell code", r -> r.business().gridCellCode()),
            new Column<>("grid_cell_name", "string", "网格名称 / Grid cell name", RatedBusiness::gridCellName),
            new Column<>("risk_class", "enum", "风险等级 A–D（A 最低）；未评定为空 / Risk class, A lowest to D highest; empty until assessed",
                    r -> name(r.business().riskClass())),
            new Column<>("supervising_office_code", "string", "监管所代码 / Supervising office code", r -> r.business().supervisingOfficeCode()),
            new Column<>("supervising_office_name", "string", "监管所名称 / Supervising office name", RatedBusiness::supervisingOfficeName),
            new Column<>("abnormal_operation", "boolean", "当前列入经营异常名录 / Listed for abnormal operation now", RatedBusiness::abnormalOperation),
            new Column<>("latitude", "number", "纬度（WGS-84；住宅内经营者为空）/ Latitude; empty for private residences",
                    r -> r.business().privateResidence() || r.business().location() == null ? null : r.business().location().lat()),
            new Column<>("longitude", "number", "经度（WGS-84；住宅内经营者为空）/ Longitude; empty for private residences",
                    r -> r.business().privateResidence() || r.business().location() == null ? null : r.business().location().lon()),
            new Column<>("private_residence", "boolean", "住宅内经营 / Run from a private residence", r -> r.business().privateResidence()),
            new Column<>("status", "enum", "经营状态 OPEN/SUSPENDED/CLOSED / Operating status", r -> r.business().status().name()),
            new Column<>("status_since", "date", "当前状态起始日 / Since when the status holds", r -> r.business().statusSince()),
            new Column<>("rating_grade", "enum", "评级 A/B/C/RECTIFY；待评为空 / Grade; empty while pending", r -> name(r.rating().grade())),
            new Column<>("rating_face", "enum", "表情 SMILE/NEUTRAL/FROWN / Face", r -> name(r.rating().face())),
            new Column<>("rating_score", "integer", "评级所依据检查的总分 / Score the rating rests on", r -> r.rating().score()),
            new Column<>("rated_on", "date", "评定日期 / Rated on", r -> r.rating().ratedOn()),
            new Column<>("rating_valid_until", "date", "有效期至 / Valid until", r -> r.rating().validUntil()),
            new Column<>("rating_stale", "boolean", "过期未检 / Stale: no recent inspection", r -> r.rating().stale()),
            new Column<>("rating_pending_reason", "enum", "待评原因 / Why the rating is pending", r -> name(r.rating().pendingReason())),
            new Column<>("demo", "boolean", "演示数据（虚构）/ Made-up demo data", r -> r.business().demo()));

    static final List<Column<JointInspection>> INSPECTIONS = inspectionColumns();

    private static List<Column<JointInspection>> inspectionColumns() {
        List<Column<Inspection>> own = List.of(
            new Column<>("inspection_id", "string", "永久 ID（同 GraphQL Inspection.id）/ Permanent ID", Inspection::globalId),
            new Column<>("business_id", "string", "经营主体 ID / Business ID", i -> new GlobalId(Business.TYPE, i.businessKey()).encode()),
            new Column<>("inspected_on", "date", "检查日期 / Date", Inspection::inspectedOn),
            new Column<>("kind", "enum", "检查类别 / Kind", i -> i.kind().name()),
            new Column<>("department_code", "string", "检查部门（联合检查的牵头部门）/ Department; the lead of a joint inspection", Inspection::departmentCode),
            new Column<>("township_code", "string", "检查乡镇（乡镇检查）/ Inspecting township", Inspection::townshipCode),
            new Column<>("hygiene_score", "integer", "卫生得分 0–40 / Hygiene score", Inspection::hygieneScore),
            new Column<>("facilities_score", "integer", "设施得分 0–30 / Facilities score", Inspection::facilitiesScore),
            new Column<>("management_score", "integer", "管理得分 0–30 / Management score", Inspection::managementScore),
            new Column<>("total_score", "integer", "总分 0–100 / Total score", Inspection::totalScore),
            new Column<>("duty_purchase_acceptance", "boolean", "进货验收 / Purchase acceptance", i -> i.ownerDuties().purchaseAcceptance()),
            new Column<>("duty_ledger", "boolean", "购销台账 / Purchase and sales ledger", i -> i.ownerDuties().ledger()),
            new Column<>("duty_certificates", "boolean", "索证索票 / Certificates and invoices", i -> i.ownerDuties().certificatesAndInvoices()),
            new Column<>("duty_quality_commitment", "boolean", "质量承诺 / Quality commitment", i -> i.ownerDuties().qualityCommitment()),
            new Column<>("outcome", "enum", "结论 / Outcome", i -> i.outcome().name()),
            new Column<>("follow_up_due", "date", "复查期限 / Follow-up due", Inspection::followUpDue),
            new Column<>("public_summary", "string", "公开摘要 / Public summary", Inspection::publicSummary),
            new Column<>("publication_status", "enum", "PUBLISHED / UNDER_APPEAL", i -> i.publicationStatus().name()),
            new Column<>("published_on", "date", "公开日期 / Published on", Inspection::publishedOn));
        List<Column<JointInspection>> columns = new java.util.ArrayList<>(own.stream()
                .map(c -> new Column<JointInspection>(c.name(), c.type(), c.description(), j -> c.value().apply(j.inspection())))
                .toList());
        columns.add(6, new Column<>("joint_department_codes", "string",
                "联合检查的其他部门代码，以 ; 分隔 / The other departments of a joint inspection, separated by ;",
                j -> j.jointDepartmentCodes().isEmpty() ? null : String.join(";", j.jointDepartmentCodes())));
        return List.copyOf(columns);
    }

    static final List<Column<Violation>> VIOLATIONS = List.of(
            new Column<>("inspection_id", "string", "检查 ID / Inspection ID", v -> new GlobalId(Inspection.TYPE, v.inspectionKey()).encode()),
            new Column<>("code", "string", "问题代码 / Code", Violation::code),
            new Column<>("code_list_version", "string", "代码表版本 / Code list version", Violation::codeListVersion),
            new Column<>("description", "string", "问题说明 / Description (Chinese)", Violation::description),
            new Column<>("description_en", "string", "英文说明 / Description (English)", Violation::descriptionEn),
            new Column<>("area", "enum", "方面 HYGIENE/FACILITIES/MANAGEMENT / Area", v -> v.area().name()),
            new Column<>("severity", "enum", "严重程度 CRITICAL/MAJOR/MINOR / Severity", v -> v.severity().name()),
            new Column<>("points", "integer", "分值 / Points", Violation::points),
            new Column<>("correction", "enum", "整改方式 / Correction", v -> v.correction().name()),
            new Column<>("deadline", "date", "整改期限 / Deadline", Violation::deadline),
            new Column<>("closed_on", "date", "整改完成日期 / Closed on", Violation::closedOn),
            new Column<>("legal_basis", "string", "法律依据 / Legal basis", Violation::legalBasis));

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static Object text(Object value) {
        return value instanceof LocalDate date ? date.toString() : value;
    }
}
