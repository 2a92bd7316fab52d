package cn.gov.yongjia.shixiao.graphqlapi.dataimport;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an import file into rows of named text values, whatever its format: CSV with a header row (UTF-8, an
 * optional byte-order mark) or a JSON array of objects with the same names. Nested arrays (violations) stay JSON.
 */
final class ImportRows {

    enum Format { CSV, JSON }

    static final int MAX_ROWS = 200_000;

    private ImportRows() {
    }

    static List<Map<String, String>> read(Format format, Reader reader) throws IOException {
        return format == Format.CSV ? csv(reader) : json(reader);
    }

    private static List<Map<String, String>> csv(Reader reader) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(reader);
        for (CSVRecord record : parser) {
            if (rows.size() >= MAX_ROWS) {
                throw new IllegalArgumentException("At most " + MAX_ROWS + " rows per file");
            }
            Map<String, String> row = new LinkedHashMap<>();
            record.toMap().forEach((name, value) -> row.put(stripBom(name), value == null || value.isEmpty() ? null : value));
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, String>> json(Reader reader) {
        JsonNode root = JsonMapper.builder().build().readTree(reader);
        if (!root.isArray()) {
            throw new IllegalArgumentException("A JSON import is an array of objects");
        }
        if (root.size() > MAX_ROWS) {
            throw new IllegalArgumentException("At most " + MAX_ROWS + " rows per file");
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode item : root) {
            if (!item.isObject()) {
                throw new IllegalArgumentException("Row " + (rows.size() + 1) + " is not an object");
            }
            Map<String, String> row = new LinkedHashMap<>();
            item.properties().forEach(field -> {
                JsonNode value = field.getValue();
                row.put(field.getKey(), value.isNull() ? null
                        : value.isArray() || value.isObject() ? value.toString() : value.asString());
            });
            rows.add(row);
        }
        return rows;
    }

    private static String stripBom(String name) {
        return name.startsWith("\uFEFF") ? name.substring(1) : name;
    }
}
