package cn.gov.yongjia.shixiao.graphqlapi.inspection;

import java.sql.Array;
import java.sql.ResultSet;
import java.util.Set;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.gov.yongjia.shixiao.schema.types.Correction;
import cn.gov.yongjia.shixiao.schema.types.InspectionKind;
import cn.gov.yongjia.shixiao.schema.types.InspectionOutcome;
import cn.gov.yongjia.shixiao.schema.types.PublicationStatus;
import cn.gov.yongjia.shixiao.schema.types.Severity;
import cn.gov.yongjia.shixiao.schema.types.ViolationArea;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InspectionRepository {

    private static final String COLUMNS = """
            id, business_id, inspected_on, kind, department_code, township_code, inspectors, hygiene_score,
            facilities_score, management_score, duty_purchase_acceptance, duty_ledger, duty_certificates,
            duty_quality_commitment, outcome, follow_up_due, public_summary, publication_status, published_on,
            appeal_reason, appeal_filed_at, appeal_decided_at, appeal_granted, appeal_decision""";

    private final JdbcClient jdbc;

    InspectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewInspection in, String recordedBy, boolean demo) {
        long key = jdbc.sql("""
                        insert into inspection (business_id, inspected_on, kind, department_code, township_code, inspectors,
                            hygiene_score, facilities_score, management_score, duty_purchase_acceptance, duty_ledger,
                            duty_certificates, duty_quality_commitment, outcome, follow_up_due, public_summary,
                            recorded_by, demo)
                        values (:business, :inspectedOn, :kind, :department, :township, :inspectors, :hygiene,
                            :facilities, :management, :purchase, :ledger, :certificates, :commitment, :outcome,
                            :followUpDue, :summary, :recordedBy, :demo)
                        returning id""")
                .param("business", in.businessKey())
                .param("inspectedOn", in.inspectedOn())
                .param("kind", in.kind().name())
                .param("department", in.departmentCode())
                .param("township", in.townshipCode())
                .param("inspectors", in.inspectors().toArray(String[]::new))
                .param("hygiene", in.hygieneScore())
                .param("facilities", in.facilitiesScore())
                .param("management", in.managementScore())
                .param("purchase", in.ownerDuties().purchaseAcceptance())
                .param("ledger", in.ownerDuties().ledger())
                .param("certificates", in.ownerDuties().certificatesAndInvoices())
                .param("commitment", in.ownerDuties().qualityCommitment())
                .param("outcome", in.outcome().name())
                .param("followUpDue", in.followUpDue())
                .param("summary", in.publicSummary())
                .param("recordedBy", recordedBy)
                .param("demo", demo)
                .query(Long.class)
                .single();
        if (in.departmentCode() != null) {
            insertDepartment(key, in.departmentCode(), true);
        }
        for (String joint : in.jointDepartmentCodes()) {
            insertDepartment(key, joint, false);
        }
        for (NewInspection.Finding finding : in.findings()) {
            jdbc.sql("""
                            insert into inspection_violation (inspection_id, code, list_version, note, correction, deadline, closed_on)
                            values (:inspection, :code, :version, :note, :correction, :deadline, :closedOn)""")
                    .param("inspection", key)
                    .param("code", finding.code())
                    .param("version", finding.codeListVersion())
                    .param("note", finding.note())
                    .param("correction", finding.correction().name())
                    .param("deadline", finding.deadline())
                    .param("closedOn", finding.correction() == Correction.ON_THE_SPOT ? in.inspectedOn() : null)
                    .update();
        }
        return key;
    }

    /** A page of inspections, newest first (by key), after {@code beforeKey}; with the total. */
    List<Inspection> page(String where, java.util.Map<String, Object> params, Long beforeKey, int limit) {
        var spec = jdbc.sql("select " + COLUMNS + " from inspection where " + where
                + " and (cast(:before as bigint) is null or id < :before) order by id desc limit :limit");
        params.forEach(spec::param);
        return spec.param("before", beforeKey).param("limit", limit).query(InspectionRepository::map).list();
    }

    long count(String where, java.util.Map<String, Object> params) {
        var spec = jdbc.sql("select count(*) from inspection where " + where);
        params.forEach(spec::param);
        return spec.query(Long.class).single();
    }

    void fileAppeal(long key, String reason, String by) {
        jdbc.sql("""
                        update inspection set publication_status = 'UNDER_APPEAL', appeal_reason = :reason,
                            appeal_filed_by = :by, appeal_filed_at = now() where id = :id""")
                .param("reason", reason).param("by", by).param("id", key).update();
    }

    void decideAppeal(long key, boolean granted, String decision, String by) {
        jdbc.sql("""
                        update inspection set publication_status = :status, appeal_granted = :granted,
                            appeal_decision = :decision, appeal_decided_by = :by, appeal_decided_at = now() where id = :id""")
                .param("status", granted ? "ANNULLED" : "PUBLISHED").param("granted", granted)
                .param("decision", decision).param("by", by).param("id", key).update();
    }

    void publish(long key, LocalDate on) {
        jdbc.sql("update inspection set publication_status = 'PUBLISHED', published_on = :on where id = :id")
                .param("on", on).param("id", key).update();
    }

    Optional<Inspection> find(long key) {
        return jdbc.sql("select " + COLUMNS + " from inspection where id = :id")
                .param("id", key).query(InspectionRepository::map).optional();
    }

    Optional<Inspection> findBySource(String system, String id) {
        return jdbc.sql("select " + COLUMNS + " from inspection where source_system = :system and source_id = :id")
                .param("system", system).param("id", id).query(InspectionRepository::map).optional();
    }

    void linkSource(long key, String system, String id) {
        jdbc.sql("update inspection set source_system = :system, source_id = :id where id = :key")
                .param("system", system).param("id", id).param("key", key).update();
    }

    Optional<Inspection> findForUpdate(long key) {
        return jdbc.sql("select " + COLUMNS + " from inspection where id = :id for update")
                .param("id", key).query(InspectionRepository::map).optional();
    }

    List<Inspection> findAll(Collection<Long> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from inspection where id = any(:ids)")
                .param("ids", keys.toArray(Long[]::new)).query(InspectionRepository::map).list();
    }

    /** Up to {@code limit} newest inspections of each business, in one query; drafts only when asked. */
    List<Inspection> newestOf(Collection<Long> businessKeys, int limit, boolean includeDrafts) {
        if (businessKeys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + """
                         from (select i.*, row_number() over (partition by business_id order by inspected_on desc, id desc) as rank
                               from inspection i
                               where business_id = any(:ids) and (publication_status <> 'DRAFT' or :drafts)) ranked
                        where rank <= :limit
                        order by business_id, inspected_on desc, id desc""")
                .param("ids", businessKeys.toArray(Long[]::new))
                .param("drafts", includeDrafts)
                .param("limit", limit)
                .query(InspectionRepository::map)
                .list();
    }

    /** Every public (published or under appeal) inspection of these businesses, newest first. */
    List<Inspection> publicOf(Collection<Long> businessKeys) {
        return newestOf(businessKeys, Integer.MAX_VALUE, false);
    }

    private void insertDepartment(long inspection, String department, boolean lead) {
        jdbc.sql("insert into inspection_department (inspection_id, department_code, lead) values (:i, :d, :lead)")
                .param("i", inspection).param("d", department).param("lead", lead).update();
    }

    /** The departments of these inspections, the lead first, in one query. */
    List<InspectionDepartment> departmentsOf(Collection<Long> inspectionKeys) {
        if (inspectionKeys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select x.inspection_id, x.lead, d.code, d.name, d.name_en from inspection_department x
                        join department d on d.code = x.department_code
                        where x.inspection_id = any(:ids) order by x.inspection_id, x.lead desc, d.code""")
                .param("ids", inspectionKeys.toArray(Long[]::new))
                .query((rs, n) -> new InspectionDepartment(rs.getLong(1),
                        new cn.gov.yongjia.shixiao.graphqlapi.region.Department(rs.getString(3), rs.getString(4),
                                rs.getString(5)), rs.getBoolean(2)))
                .list();
    }

    Set<String> departmentCodes() {
        return new java.util.HashSet<>(jdbc.sql("select code from department").query(String.class).list());
    }

    List<Violation> violationsOf(Collection<Long> inspectionKeys) {
        if (inspectionKeys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select v.inspection_id, v.note, v.correction, v.deadline, v.closed_on, c.code, c.list_version,
                               c.area, c.severity, c.points, c.description, c.description_en, c.legal_basis
                        from inspection_violation v
                        join violation_code c on c.code = v.code and c.list_version = v.list_version
                        where v.inspection_id = any(:ids) order by v.inspection_id, v.id""")
                .param("ids", inspectionKeys.toArray(Long[]::new))
                .query((rs, n) -> new Violation(rs.getLong("inspection_id"), code(rs), rs.getString("note"),
                        Correction.valueOf(rs.getString("correction")), rs.getObject("deadline", LocalDate.class),
                        rs.getObject("closed_on", LocalDate.class)))
                .list();
    }

    String currentCodeListVersion() {
        return jdbc.sql("select max(list_version) from violation_code").query(String.class).single();
    }

    List<ViolationCode> codeList(String version) {
        return jdbc.sql("""
                        select code, list_version, area, severity, points, description, description_en, legal_basis
                        from violation_code where list_version = :version order by code""")
                .param("version", version)
                .query((rs, n) -> code(rs))
                .list();
    }

    private static ViolationCode code(ResultSet rs) throws SQLException {
        return new ViolationCode(rs.getString("code"), rs.getString("list_version"),
                ViolationArea.valueOf(rs.getString("area")), Severity.valueOf(rs.getString("severity")),
                rs.getInt("points"), rs.getString("description"), rs.getString("description_en"),
                rs.getString("legal_basis"));
    }

    private static Inspection map(ResultSet rs, int row) throws SQLException {
        Array inspectors = rs.getArray("inspectors");
        return new Inspection(rs.getLong("id"), rs.getLong("business_id"), rs.getObject("inspected_on", LocalDate.class),
                InspectionKind.valueOf(rs.getString("kind")), rs.getString("department_code"),
                rs.getString("township_code"),
                inspectors == null ? List.of() : Arrays.asList((String[]) inspectors.getArray()),
                rs.getInt("hygiene_score"), rs.getInt("facilities_score"), rs.getInt("management_score"),
                new Inspection.OwnerDuties(rs.getBoolean("duty_purchase_acceptance"), rs.getBoolean("duty_ledger"),
                        rs.getBoolean("duty_certificates"), rs.getBoolean("duty_quality_commitment")),
                InspectionOutcome.valueOf(rs.getString("outcome")), rs.getObject("follow_up_due", LocalDate.class),
                rs.getString("public_summary"), PublicationStatus.valueOf(rs.getString("publication_status")),
                rs.getObject("published_on", LocalDate.class),
                rs.getString("appeal_reason") == null ? null : new Inspection.Appeal(rs.getString("appeal_reason"),
                        rs.getObject("appeal_filed_at", java.time.OffsetDateTime.class),
                        rs.getObject("appeal_decided_at", java.time.OffsetDateTime.class),
                        (Boolean) rs.getObject("appeal_granted"), rs.getString("appeal_decision")));
    }
}
