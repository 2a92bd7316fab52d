package cn.gov.yongjia.shixiao.graphqlapi.opendata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Open data downloads ({@code /open-data/…}): the register with current ratings, the public inspections and their
 * violations, in CSV and JSON, with a data dictionary made from the same column definitions, under CC BY 4.0.
 */
@Controller
class OpenDataController {

    static final String LICENCE = "CC BY 4.0 — 署名：永嘉县“十小”行业质量安全数据平台 / Attribution: Yongjia ten-small-trades platform";
    static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

    record Dataset(String name, String description, String csvUrl, String jsonUrl, List<DatasetColumn> columns) {
    }

    record DatasetColumn(String name, String type, String description) {
    }

    record OpenData(List<Dataset> datasets, String dataDictionaryUrl, String licence, String licenceUrl,
                    String endpointUrl, String schemaUrl) {
    }

    private static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();

    static {
        DESCRIPTIONS.put("businesses", "经营主体及当前评级 / Businesses with their current rating");
        DESCRIPTIONS.put("inspections", "已公开的检查 / Published inspections");
        DESCRIPTIONS.put("violations", "已公开检查中发现的问题 / Problems found at published inspections");
    }

    private final OpenDataExport export;

    OpenDataController(OpenDataExport export) {
        this.export = export;
    }

    @QueryMapping
    OpenData openData() {
        return new OpenData(DESCRIPTIONS.entrySet().stream()
                .map(e -> new Dataset(e.getKey(), e.getValue(), "/open-data/" + e.getKey() + ".csv",
                        "/open-data/" + e.getKey() + ".json", columns(e.getKey())))
                .toList(), "/open-data/data-dictionary.json", LICENCE, LICENCE_URL, "/graphql", "/graphql/schema");
    }

    /** The same column definitions the files and data-dictionary.json are made from. */
    private static List<DatasetColumn> columns(String dataset) {
        List<? extends Column<?>> columns = switch (dataset) {
            case "businesses" -> Datasets.BUSINESSES;
            case "inspections" -> Datasets.INSPECTIONS;
            default -> Datasets.VIOLATIONS;
        };
        return columns.stream().map(c -> new DatasetColumn(c.name(), c.type(), c.description())).toList();
    }

    @GetMapping("/open-data/{dataset:businesses|inspections|violations}.{format:csv|json}")
    ResponseEntity<StreamingResponseBody> download(@PathVariable String dataset, @PathVariable String format) {
        OpenDataExport.Format kind = format.equals("csv") ? OpenDataExport.Format.CSV : OpenDataExport.Format.JSON;
        StreamingResponseBody body = out -> {
            switch (dataset) {
                case "businesses" -> export.businesses(kind, out);
                case "inspections" -> export.inspections(kind, out);
                default -> export.violations(kind, out);
            }
        };
        return ResponseEntity.ok()
                .contentType(kind == OpenDataExport.Format.CSV
                        ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)
                        : MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"yongjia-shixiao-" + dataset + "." + format + "\"")
                .header("X-Licence", LICENCE_URL)
                .body(body);
    }

    @GetMapping(value = "/open-data/data-dictionary.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> dataDictionary() {
        Map<String, Object> dictionary = new LinkedHashMap<>();
        dictionary.put("licence", LICENCE);
        dictionary.put("licenceUrl", LICENCE_URL);
        dictionary.put("encoding", "UTF-8; CSV files start with a byte-order mark and follow RFC 4180");
        dictionary.put("datasets", Map.of(
                "businesses", describe(Datasets.BUSINESSES),
                "inspections", describe(Datasets.INSPECTIONS),
                "violations", describe(Datasets.VIOLATIONS)));
        return dictionary;
    }

    private static List<Map<String, String>> describe(List<? extends Column<?>> columns) {
        return columns.stream().map(c -> Map.of("name", c.name(), "type", c.type(), "description", c.description())).toList();
    }
}
