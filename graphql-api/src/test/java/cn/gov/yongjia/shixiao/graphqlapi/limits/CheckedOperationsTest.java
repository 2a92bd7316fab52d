package cn.gov.yongjia.shixiao.graphqlapi.limits;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckedOperationsTest {

    static final String DOCUMENT = "query S($q: String!, $filter: BusinessSearchFilter, $first: Int) { searchBusinesses(query: $q, filter: $filter, first: $first) { totalCount } }";

    @Test
    void requestsThatDifferOnlyInTheirTextShareAKey() {
        var lanzhou = CheckedOperations.keyOf(DOCUMENT, "S", Map.of("q", "兰州拉面", "filter", Map.of("townships", List.of("OUBEI"))));
        var barber = CheckedOperations.keyOf(DOCUMENT, "S", Map.of("q", "理发", "filter", Map.of("townships", List.of("QIAOTOU"))));

        assertThat(lanzhou).isEqualTo(barber).hasSameHashCodeAs(barber);
    }

    @Test
    void numbersBooleansListLengthsTheOperationAndTheDocumentTellKeysApart() {
        var base = CheckedOperations.keyOf(DOCUMENT, "S", Map.of("q", "面", "first", 20, "withName", true,
                "filter", Map.of("townships", List.of("OUBEI"))));

        assertThat(CheckedOperations.keyOf(DOCUMENT, "S", Map.of("q", "面", "first", 21, "withName", true,
                "filter", Map.of("townships", List.of("OUBEI"))))).isNotEqualTo(base);
        assertThat(CheckedOperations.keyOf(DOCUMENT, "S", Map.of("q", "面", "first", 20, "withName", false,
                "filter", Map.of("townships", List.of("OUBEI"))))).isNotEqualTo(base);
        assertThat(CheckedOperations.keyOf(DOCUMENT, "S", Map.of("q", "面", "first", 20, "withName", true,
                "filter", Map.of("townships", List.of("OUBEI", "QIAOTOU"))))).isNotEqualTo(base);
        assertThat(CheckedOperations.keyOf(DOCUMENT, "T", Map.of("q", "面", "first", 20, "withName", true,
                "filter", Map.of("townships", List.of("OUBEI"))))).isNotEqualTo(base);
        assertThat(CheckedOperations.keyOf(DOCUMENT + " ", "S", Map.of("q", "面", "first", 20, "withName", true,
                "filter", Map.of("townships", List.of("OUBEI"))))).isNotEqualTo(base);
    }

    @Test
    void nullsInVariablesAndListsAreKept() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("q", null);
        variables.put("ids", Arrays.asList("a", null));
        var key = CheckedOperations.keyOf(DOCUMENT, null, variables);

        assertThat(key.variablesWithoutText()).containsEntry("q", null).containsEntry("ids", Arrays.asList("", null));
    }

    @Test
    void aKeptOperationAnswersWithItsCost() {
        var operations = new CheckedOperations();
        var key = CheckedOperations.keyOf(DOCUMENT, "S", Map.of("q", "面"));
        assertThat(operations.costOf(key)).isNull();

        operations.passed(key, 62);

        assertThat(operations.costOf(CheckedOperations.keyOf(DOCUMENT, "S", Map.of("q", "理发")))).isEqualTo(62);
    }
}
