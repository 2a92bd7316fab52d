package cn.gov.yongjia.shixiao.graphqlapi.limits;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alias and input-list caps on a small schema of their own: the platform's schema has no list argument yet. The
 * documents go through graphql-java's parser, validation and execution with only this instrumentation in place.
 */
class AliasAndInputListLimitTest {

    private static final String SDL = """
            type Query {
              shops(ids: [ID!], filter: ShopFilter): [String!]!
            }
            input ShopFilter {
              trades: [String!]
              "a polygon: a list of [longitude, latitude] points"
              area: [[Float!]!]
            }
            """;
    private static final String SHOPS_BY_ID = "query($ids: [ID!]) { shops(ids: $ids) }";
    private static final String SHOPS_BY_FILTER = "query($filter: ShopFilter) { shops(filter: $filter) }";

    private final AtomicInteger fetches = new AtomicInteger();
    private final GraphQL graphQl = GraphQL.newGraphQL(schema())
            .instrumentation(new AliasAndInputListLimit(new QueryLimitsProperties(12, 5000, 30, 100, 5000)))
            .build();

    @Test
    void aListOfAHundredItemsRuns() {
        ExecutionResult result = execute(SHOPS_BY_ID, Map.of("ids", items(100)));

        assertThat(result.getErrors()).isEmpty();
        assertThat(fetches).hasValue(1);
    }

    @Test
    void aListOfAHundredAndOneItemsFromAVariableIsRefusedBeforeAnythingRuns() {
        ExecutionResult result = execute(SHOPS_BY_ID, Map.of("ids", items(101)));

        assertRefused(result, "ids", 101);
    }

    @Test
    void aListWrittenIntoTheDocumentIsCheckedToo() {
        String ids = String.join(", ", items(101).stream().map(id -> "\"" + id + "\"").toList());

        assertRefused(execute("{ shops(ids: [" + ids + "]) }", Map.of()), "ids", 101);
    }

    @Test
    void listsInsideInputObjectsAndInsideListsAreCheckedToo() {
        assertRefused(execute(SHOPS_BY_FILTER, Map.of("filter", Map.of("trades", items(101)))), "filter.trades", 101);

        List<Double> point = Collections.nCopies(101, 120.69);
        assertRefused(execute(SHOPS_BY_FILTER, Map.of("filter", Map.of("area", List.of(point)))), "filter.area", 101);
    }

    @Test
    void thirtyAliasesRunAndThirtyOneAreRefused() {
        assertThat(execute(aliasedShops(30), Map.of()).getErrors()).isEmpty();
        assertThat(fetches).hasValue(30);

        ExecutionResult refused = execute(aliasedShops(31), Map.of());
        assertThat(refused.isDataPresent()).isFalse();
        assertThat(refused.getErrors()).singleElement().satisfies(error -> assertThat(error.getExtensions())
                .containsEntry("code", "TOO_MANY_ALIASES").containsEntry("aliases", 31).containsEntry("limit", 30));
        assertThat(fetches).as("nothing more ran").hasValue(30);
    }

    private void assertRefused(ExecutionResult result, String argument, int items) {
        assertThat(result.isDataPresent()).as("no data").isFalse();
        assertThat(result.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("code", "INPUT_LIST_TOO_LONG")
                    .containsEntry("argument", argument).containsEntry("items", items).containsEntry("limit", 100);
            assertThat(error.getMessage()).contains(argument, String.valueOf(items), "100", " / ");
        });
        assertThat(fetches).as("nothing ran").hasValue(0);
    }

    private ExecutionResult execute(String document, Map<String, Object> variables) {
        return graphQl.execute(ExecutionInput.newExecutionInput(document).variables(variables).build());
    }

    private static List<String> items(int count) {
        return IntStream.range(0, count).mapToObj(i -> "id" + i).toList();
    }

    private static String aliasedShops(int count) {
        StringBuilder document = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            document.append(" s").append(i).append(": shops");
        }
        return document.append(" }").toString();
    }

    private GraphQLSchema schema() {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.dataFetcher("shops", environment -> {
                    fetches.incrementAndGet();
                    return List.of();
                }))
                .build();
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
    }
}
