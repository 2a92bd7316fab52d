package cn.gov.yongjia.shixiao.graphqlapi.dataimport;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

import cn.gov.yongjia.shixiao.graphqlapi.api.UserError;
import cn.gov.yongjia.shixiao.graphqlapi.business.Business;
import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessChanges;
import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessRegistry;
import cn.gov.yongjia.shixiao.graphqlapi.business.NewBusiness;
import cn.gov.yongjia.shixiao.graphqlapi.inspection.Inspection;
import cn.gov.yongjia.shixiao.graphqlapi.inspection.InspectionRecords;
import cn.gov.yongjia.shixiao.graphqlapi.inspection.NewInspection;
import cn.gov.yongjia.shixiao.graphqlapi.audit.AuditLog;
import cn.gov.yongjia.shixiao.graphqlapi.region.GeoPoint;
import cn.gov.yongjia.shixiao.graphqlapi.region.Townships;
import cn.gov.yongjia.shixiao.graphqlapi.region.Villages;
import cn.gov.yongjia.shixiao.schema.types.Correction;
import cn.gov.yongjia.shixiao.schema.types.InspectionKind;
import cn.gov.yongjia.shixiao.schema.types.InspectionOutcome;
import cn.gov.yongjia.shixiao.schema.types.RiskClass;
import cn.gov.yongjia.shixiao.schema.types.Trade;
import cn.gov.yongjia.shixiao.schema.types.VillageKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports registry and inspection exports (columns in docs/import.md, modelled on the LIVES layout). Every row is
 * checked by the same rules as the API; a file is applied in one transaction, all or nothing; re-importing the same
 * file changes nothing: businesses are found again by source ID (or credit code) and only real changes are written,
 * inspections are found again by source ID and never rewritten.
 */
@Service
public class RegisterImport {

    public enum Kind { BUSINESSES, INSPECTIONS, VILLAGES }

    private static final Pattern AREA_CODE = Pattern.compile("[A-Z0-9_]{1,40}");

    private static final Pattern SOURCE_SYSTEM = Pattern.compile("[A-Za-z0-9_.-]{1,32}");

    private final BusinessRegistry businesses;
    private final InspectionRecords inspections;
    private final TransactionTemplate transactions;
    private final JsonMapper json = JsonMapper.builder().build();

    private final Villages villages;
    private final Townships townships;
    private final AuditLog audit;

    RegisterImport(BusinessRegistry businesses, InspectionRecords inspections, TransactionTemplate transactions,
                   Villages villages, Townships townships, AuditLog audit) {
        this.businesses = businesses;
        this.inspections = inspections;
        this.transactions = transactions;
        this.villages = villages;
        this.townships = townships;
        this.audit = audit;
    }

    /**
     * @param sourceSystem names the system the file comes from; source IDs are unique within it
     * @param progress     told the number of rows done, every 500 rows
     */
    public ImportReport run(Kind kind, ImportRows.Format format, Reader content, String sourceSystem, String actor,
                            IntConsumer progress) {
        if (sourceSystem == null || !SOURCE_SYSTEM.matcher(sourceSystem).matches()) {
            return refused(0, new ImportReport.RowError(0, "sourceSystem", "INVALID",
                    "来源系统名须为 1–32 个字母、数字或 _.- / The source system is 1 to 32 letters, digits or _.-"));
        }
        List<Map<String, String>> rows;
        try {
            rows = ImportRows.read(format, content);
        } catch (IOException | RuntimeException e) {
            return refused(0, new ImportReport.RowError(0, "file", "INVALID", "无法读取文件 / The file cannot be read: "
                    + e.getMessage()));
        }
        Tally tally = new Tally();
        ImportReport report = transactions.execute(tx -> {
            for (int i = 0; i < rows.size(); i++) {
                int rowNumber = i + 1;
                try {
                    if (kind == Kind.BUSINESSES) {
                        business(rows.get(i), rowNumber, sourceSystem, actor, tally);
                    } else if (kind == Kind.VILLAGES) {
                        village(rows.get(i), actor, tally);
                    } else {
                        inspection(rows.get(i), rowNumber, sourceSystem, actor, tally);
                    }
                } catch (RowProblem problem) {
                    tally.errors.add(new ImportReport.RowError(rowNumber, problem.field, "INVALID", problem.getMessage()));
                }
                if (rowNumber % 500 == 0) {
                    progress.accept(rowNumber);
                }
            }
            progress.accept(rows.size());
            if (!tally.errors.isEmpty()) {
                tx.setRollbackOnly(); // all or nothing: one bad row, and no row is written
                return new ImportReport(false, rows.size(), 0, 0, 0, List.copyOf(tally.errors));
            }
            return new ImportReport(true, rows.size(), tally.created, tally.updated, tally.unchanged, List.of());
        });
        return Objects.requireNonNull(report);
    }

    private static ImportReport refused(int rows, ImportReport.RowError error) {
        return new ImportReport(false, rows, 0, 0, 0, List.of(error));
    }

    private static final class Tally {
        int created;
        int updated;
        int unchanged;
        final List<ImportReport.RowError> errors = new ArrayList<>();
    }

    /** A value in a row that cannot be read. */
    private static final class RowProblem extends RuntimeException {
        final String field;

        RowProblem(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    private void business(Map<String, String> row, int rowNumber, String system, String actor, Tally tally) {
        String sourceId = required(row, "source_id");
        Trade trade = enumValue(Trade.class, row, "trade", true);
        GeoPoint location = location(row);
        Business existing = businesses.findBySource(system, sourceId)
                .or(() -> row.get("credit_code") == null ? java.util.Optional.empty() : businesses.findByCreditCode(row.get("credit_code")))
                .orElse(null);
        if (existing == null) {
            var outcome = businesses.register(new NewBusiness(row.get("name"), trade, row.get("shop_sign_name"),
                    row.get("credit_code"), row.get("registration_number"), row.get("address"), row.get("township_code"),
                    location, bool(row, "private_residence"), row.get("owner_name"), row.get("contact_phone"),
                    row.get("village_code"), row.get("grid_cell_code")), false, actor);
            if (outcome.business() == null) {
                report(outcome.userErrors(), rowNumber, tally);
                return;
            }
            if (supervision(outcome.business().key(), row, rowNumber, actor, tally) == null) {
                return;
            }
            businesses.linkSource(outcome.business().key(), system, sourceId);
            tally.created++;
            return;
        }
        if (trade != existing.trade()) {
            throw new RowProblem("trade", "行业不能通过导入更改 / An import cannot change a business's trade");
        }
        var outcome = businesses.update(existing.key(), new BusinessChanges(orEmpty(row, "name"), orEmpty(row, "shop_sign_name"),
                orEmpty(row, "credit_code"), orEmpty(row, "address"), orEmpty(row, "township_code"), location,
                bool(row, "private_residence"), orEmpty(row, "owner_name"), orEmpty(row, "contact_phone"),
                orEmpty(row, "village_code"), orEmpty(row, "grid_cell_code")), actor);
        if (outcome.business() == null) {
            report(outcome.userErrors(), rowNumber, tally);
            return;
        }
        Business supervised = supervision(existing.key(), row, rowNumber, actor, tally);
        if (supervised == null) {
            return;
        }
        businesses.linkSource(existing.key(), system, sourceId);
        if (supervised.version() == existing.version()) {
            tally.unchanged++;
        } else {
            tally.updated++;
        }
    }

    /**
     * One row of the county's list of villages (communities) and grid cells: the village, and optionally one of its
     * grid cells. Found again by code; a new name or kind is an update; a code never moves to another township or
     * village.
     */
    private void village(Map<String, String> row, String actor, Tally tally) {
        String township = required(row, "township_code");
        if (townships.find(township).isEmpty()) {
            throw new RowProblem("township_code", "没有这个乡镇代码 / No township has this code");
        }
        String village = code(row, "village_code", true);
        String villageName = name(row, "village_name", 40);
        VillageKind kind = enumValue(VillageKind.class, row, "village_kind", true);
        String cell = code(row, "grid_cell_code", false);
        List<Villages.Change> changes = new ArrayList<>();
        try {
            Villages.Change villageChange = villages.upsertVillage(village, township, villageName, kind);
            changes.add(villageChange);
            if (villageChange != Villages.Change.UNCHANGED) {
                audit.record(actor, "VILLAGE_" + villageChange, "Village", 0, Map.of("code", village,
                        "townshipCode", township, "name", villageName, "kind", kind.name()));
            }
            if (cell != null) {
                String cellName = name(row, "grid_cell_name", 60);
                Villages.Change cellChange = villages.upsertGridCell(cell, village, cellName);
                changes.add(cellChange);
                if (cellChange != Villages.Change.UNCHANGED) {
                    audit.record(actor, "GRID_CELL_" + cellChange, "GridCell", 0, Map.of("code", cell,
                            "villageCode", village, "name", cellName));
                }
            }
        } catch (IllegalArgumentException e) {
            throw new RowProblem(cell != null && e.getMessage().contains("grid") ? "grid_cell_code" : "village_code",
                    e.getMessage());
        }
        if (changes.contains(Villages.Change.CREATED)) {
            tally.created++;
        } else if (changes.contains(Villages.Change.UPDATED)) {
            tally.updated++;
        } else {
            tally.unchanged++;
        }
    }

    private static String code(Map<String, String> row, String column, boolean required) {
        String value = required ? required(row, column) : row.get(column);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!AREA_CODE.matcher(value.strip()).matches()) {
            throw new RowProblem(column, "代码为 1–40 个大写字母、数字或 _ / A code is 1 to 40 capital letters, digits or _");
        }
        return value.strip();
    }

    private static String name(Map<String, String> row, String column, int max) {
        String value = required(row, column);
        if (value.codePointCount(0, value.length()) > max || value.codePoints().anyMatch(Character::isISOControl)) {
            throw new RowProblem(column, "最多 " + max + " 个字符，无控制字符 / At most " + max + " characters, no control characters");
        }
        return value;
    }

    /**
     * Sets the risk class and supervising office when the row has those columns (an empty risk class keeps the stored
     * one; an empty office clears it). The business afterwards, or null when the row was refused.
     */
    private Business supervision(long key, Map<String, String> row, int rowNumber, String actor, Tally tally) {
        RiskClass riskClass = enumValue(RiskClass.class, row, "risk_class", false);
        String office = orEmpty(row, "supervising_office_code");
        if (riskClass == null && office == null) {
            return businesses.find(key).orElseThrow();
        }
        var outcome = businesses.setSupervision(key, riskClass, office, "导入 import", actor);
        if (outcome.business() == null) {
            report(outcome.userErrors(), rowNumber, tally);
        }
        return outcome.business();
    }

    /** CSV: codes separated by semicolons; JSON: an array of codes (or the same text). */
    private List<String> codes(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        if (value.strip().startsWith("[")) {
            List<String> codes = new ArrayList<>();
            for (JsonNode item : json.readTree(value)) {
                codes.add(item.asString().strip());
            }
            return codes;
        }
        return java.util.Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private void inspection(Map<String, String> row, int rowNumber, String system, String actor, Tally tally) {
        String sourceId = required(row, "source_id");
        Business business = null;
        if (row.get("business_source_id") != null) {
            business = businesses.findBySource(system, row.get("business_source_id")).orElse(null);
        } else if (row.get("business_credit_code") != null) {
            business = businesses.findByCreditCode(row.get("business_credit_code")).orElse(null);
        }
        if (business == null) {
            throw new RowProblem("business_source_id", "找不到该经营主体（请先导入经营主体）/ No such business: import businesses first");
        }
        NewInspection input = new NewInspection(business.key(), date(row, "inspected_on", true),
                enumValue(InspectionKind.class, row, "kind", true), row.get("department_code"), row.get("township_code"),
                List.of(), integer(row, "hygiene_score"), integer(row, "facilities_score"), integer(row, "management_score"),
                new Inspection.OwnerDuties(bool(row, "duty_purchase_acceptance"), bool(row, "duty_ledger"),
                        bool(row, "duty_certificates"), bool(row, "duty_quality_commitment")),
                enumValue(InspectionOutcome.class, row, "outcome", true), date(row, "follow_up_due", false),
                row.get("public_summary"), findings(row.get("violations")), codes(row.get("joint_department_codes")));
        boolean publish = !"DRAFT".equalsIgnoreCase(row.getOrDefault("publication_status", "PUBLISHED"));
        var existing = inspections.findBySource(system, sourceId);
        if (existing.isPresent()) {
            if (!sameAs(existing.get(), input)) {
                throw new RowProblem("source_id", "该检查已导入且内容不同；已公开的检查不能通过导入改写 / This inspection was "
                        + "imported before with other values; a recorded inspection is not rewritten by an import");
            }
            tally.unchanged++;
            return;
        }
        var recorded = inspections.record(input, actor, false);
        if (recorded.inspection() == null) {
            report(recorded.userErrors(), rowNumber, tally);
            return;
        }
        inspections.linkSource(recorded.inspection().key(), system, sourceId);
        if (publish) {
            inspections.publish(recorded.inspection().key(), actor);
        }
        tally.created++;
    }

    private static boolean sameAs(Inspection stored, NewInspection input) {
        return stored.businessKey() == input.businessKey() && stored.inspectedOn().equals(input.inspectedOn())
                && stored.kind() == input.kind() && stored.hygieneScore() == input.hygieneScore()
                && stored.facilitiesScore() == input.facilitiesScore() && stored.managementScore() == input.managementScore()
                && stored.outcome() == input.outcome() && stored.ownerDuties().equals(input.ownerDuties());
    }

    private static void report(List<UserError> errors, int rowNumber, Tally tally) {
        errors.forEach(e -> tally.errors.add(new ImportReport.RowError(rowNumber, column(e.field()), e.code(), e.message())));
    }

    /** The import column a user error's field path names: input.creditCode → credit_code. */
    private static String column(List<String> field) {
        String last = field.getLast();
        return last.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private List<NewInspection.Finding> findings(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<NewInspection.Finding> findings = new ArrayList<>();
        String version = inspections.currentCodeListVersion();
        if (value.strip().startsWith("[")) {
            for (JsonNode item : json.readTree(value)) {
                findings.add(new NewInspection.Finding(text(item, "code"), version, text(item, "note"),
                        correction(text(item, "correction")), parseDate("violations", text(item, "deadline"))));
            }
            return findings;
        }
        // CSV: CODE:CORRECTION[:DEADLINE] separated by semicolons, e.g. "H03:ON_THE_SPOT;M02:BY_DEADLINE:2026-12-15"
        for (String part : value.split(";")) {
            String[] bits = part.strip().split(":");
            if (bits.length < 2 || bits.length > 3) {
                throw new RowProblem("violations", "问题须写作 代码:整改方式[:期限] / Write problems as CODE:CORRECTION[:DEADLINE]");
            }
            findings.add(new NewInspection.Finding(bits[0].strip(), version, null, correction(bits[1].strip()),
                    bits.length == 3 ? parseDate("violations", bits[2].strip()) : null));
        }
        return findings;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Correction correction(String value) {
        try {
            return Correction.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RowProblem("violations", "整改方式须为 ON_THE_SPOT、BY_DEADLINE 或 NOT_CORRECTED / Correction must be "
                    + "ON_THE_SPOT, BY_DEADLINE or NOT_CORRECTED");
        }
    }

    private static String required(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new RowProblem(column, "必填 / required");
        }
        return value.strip();
    }

    /** For updates: an absent column keeps the value; a present but empty one clears it. */
    private static String orEmpty(Map<String, String> row, String column) {
        if (!row.containsKey(column)) {
            return null;
        }
        String value = row.get(column);
        return value == null ? "" : value;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, Map<String, String> row, String column, boolean required) {
        String value = required ? required(row, column) : row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RowProblem(column, "不是有效的取值 / Not a valid value: " + value);
        }
    }

    private static boolean bool(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null) {
            return false;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes", "是" -> true;
            case "false", "0", "no", "否" -> false;
            default -> throw new RowProblem(column, "须为 true 或 false / Must be true or false");
        };
    }

    private static int integer(Map<String, String> row, String column) {
        try {
            return Integer.parseInt(required(row, column));
        } catch (NumberFormatException e) {
            throw new RowProblem(column, "须为整数 / Must be a whole number");
        }
    }

    private static LocalDate date(Map<String, String> row, String column, boolean required) {
        String value = required ? required(row, column) : row.get(column);
        return value == null ? null : parseDate(column, value);
    }

    private static LocalDate parseDate(String column, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RowProblem(column, "日期须为 YYYY-MM-DD / Dates are written YYYY-MM-DD");
        }
    }

    private static GeoPoint location(Map<String, String> row) {
        String lat = row.get("latitude");
        String lon = row.get("longitude");
        if (lat == null && lon == null) {
            return null;
        }
        try {
            return new GeoPoint(Double.parseDouble(lat), Double.parseDouble(lon));
        } catch (NumberFormatException | NullPointerException e) {
            throw new RowProblem("latitude", "经纬度须同时给出且为数字 / Give latitude and longitude together, as numbers");
        }
    }
}
