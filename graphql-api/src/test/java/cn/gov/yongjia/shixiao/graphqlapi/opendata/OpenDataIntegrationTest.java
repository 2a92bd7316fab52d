package cn.gov.yongjia.shixiao.graphqlapi.opendata;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import com.jayway.jsonpath.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Open data holds the public record only, in CSV and JSON, described by a data dictionary and licensed. */
@PlatformIntegrationTest
class OpenDataIntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Test
    void downloadsHoldThePublicRecordAndNothingPrivate() throws Exception {
        StaffClients.ensureAccounts(accounts);
        HttpGraphQlTester admin = StaffClients.as(port, StaffClients.ADMIN);
        Map<String, Object> input = new HashMap<>(Map.of("name", "开放数据家庭理发", "trade", "BARBERSHOP",
                "townshipCode", "OUBEI", "privateResidence", true, "ownerName", "保密的业主", "contactPhone", "13912345678",
                "location", Map.of("lat", 28.0312, "lon", 120.6511), "villageCode", "OUBEI_01", "gridCellCode", "OUBEI_01_G1"));
        String business = admin.documentName("registerFullBusiness").variable("input", input).execute()
                .path("registerBusiness.business.id").entity(String.class).get();
        admin.documentName("setBusinessSupervision").variable("input", Map.of("businessId", business, "riskClass", "B",
                "supervisingOfficeCode", "AMR_OUBEI")).execute().path("setBusinessSupervision.userErrors").entityList(Object.class).hasSize(0);
        String published = record(admin, business, TODAY.minusDays(20), "H04");
        admin.documentName("publishInspection").variable("id", published).execute()
                .path("publishInspection.inspection.publicationStatus").entity(String.class).isEqualTo("PUBLISHED");
        String draft = record(admin, business, TODAY.minusDays(1), "F01");

        String businessesCsv = get("/open-data/businesses.csv");
        assertThat(businessesCsv).startsWith("\uFEFF").doesNotContain("保密的业主").doesNotContain("13912345678");
        CSVRecord row = csv(businessesCsv).stream().filter(r -> r.get("business_id").equals(business)).findFirst().orElseThrow();
        assertThat(row.get("name")).isEqualTo("开放数据家庭理发");
        assertThat(row.get("township_name")).isEqualTo("瓯北街道");
        assertThat(row.get("latitude")).as("a private residence is never located").isEmpty();
        assertThat(row.get("rating_grade")).isEqualTo("A");
        assertThat(row.get("rating_score")).isEqualTo("95");
        assertThat(row.get("village_code")).isEqualTo("OUBEI_01");
        assertThat(row.get("village_name")).isEqualTo("罗浮社区");
        assertThat(row.get("grid_cell_code")).isEqualTo("OUBEI_01_G1");
        assertThat(row.get("risk_class")).isEqualTo("B");
        assertThat(row.get("supervising_office_code")).isEqualTo("AMR_OUBEI");
        assertThat(row.get("supervising_office_name")).isEqualTo("永嘉县市场监督管理局瓯北市场监管所");
        assertThat(row.get("abnormal_operation")).isEqualTo("false");

        String inspectionsJson = get("/open-data/inspections.json");
        List<String> ids = JsonPath.read(inspectionsJson, "$[?(@.business_id == '" + business + "')].inspection_id");
        assertThat(ids).containsExactly(published).doesNotContain(draft);
        assertThat(JsonPath.<List<Integer>>read(inspectionsJson, "$[?(@.inspection_id == '" + published + "')].total_score"))
                .containsExactly(95);
        assertThat(JsonPath.<List<String>>read(inspectionsJson, "$[?(@.inspection_id == '" + published + "')].joint_department_codes"))
                .containsExactly("HEALTH;PUBLIC_SECURITY");

        List<CSVRecord> violations = csv(get("/open-data/violations.csv"));
        assertThat(violations.stream().filter(r -> r.get("inspection_id").equals(published)).map(r -> r.get("code")))
                .containsExactly("H04");
        assertThat(violations.stream().map(r -> r.get("inspection_id"))).doesNotContain(draft);

        String dictionary = get("/open-data/data-dictionary.json");
        assertThat(JsonPath.<List<String>>read(dictionary, "$.datasets.businesses[*].name"))
                .containsAll(csv(businessesCsv).getFirst().toMap().keySet());
        assertThat(JsonPath.<String>read(dictionary, "$.licence")).startsWith("CC BY 4.0");

        StaffClients.anonymous(port).document("""
                        { openData { datasets { name csvUrl jsonUrl columns { name type description } }
                                     dataDictionaryUrl licenceUrl endpointUrl schemaUrl } }""")
                .execute()
                .path("openData.datasets[*].name").entityList(String.class).containsExactly("businesses", "inspections", "violations")
                .path("openData.datasets[0].csvUrl").entity(String.class).isEqualTo("/open-data/businesses.csv")
                // the dictionary in the API is the one in data-dictionary.json, column for column
                .path("openData.datasets[0].columns[*].name").entityList(String.class)
                .containsExactly(JsonPath.<List<String>>read(dictionary, "$.datasets.businesses[*].name").toArray(String[]::new))
                .path("openData.datasets[2].columns[*].description").entityList(String.class)
                .containsExactly(JsonPath.<List<String>>read(dictionary, "$.datasets.violations[*].description").toArray(String[]::new))
                .path("openData.datasets[1].columns[0].type").entity(String.class).isEqualTo("string")
                .path("openData.endpointUrl").entity(String.class).isEqualTo("/graphql")
                .path("openData.schemaUrl").entity(String.class).isEqualTo("/graphql/schema");
        assertThat(get("/graphql/schema")).contains("type Statistics").contains("type OpenDataColumn");
    }

    private static String record(HttpGraphQlTester admin, String business, LocalDate on, String code) {
        Map<String, Object> inspection = new HashMap<>();
        inspection.put("businessId", business);
        inspection.put("inspectedOn", on.toString());
        inspection.put("kind", "JOINT_ENFORCEMENT");
        inspection.put("departmentCode", "MARKET_REGULATION");
        inspection.put("jointDepartmentCodes", List.of("PUBLIC_SECURITY", "HEALTH"));
        inspection.put("hygieneScore", 38);
        inspection.put("facilitiesScore", 28);
        inspection.put("managementScore", 29);
        inspection.put("ownerDuties", Map.of("purchaseAcceptance", true, "ledger", true, "certificatesAndInvoices", true,
                "qualityCommitment", true));
        inspection.put("outcome", "COMPLIANT");
        inspection.put("violations", List.of(Map.of("code", code, "correction", "ON_THE_SPOT")));
        return admin.documentName("recordInspection").variable("input", inspection).execute()
                .path("recordInspection.inspection.id").entity(String.class).get();
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(withoutBom)).getRecords();
    }
}
