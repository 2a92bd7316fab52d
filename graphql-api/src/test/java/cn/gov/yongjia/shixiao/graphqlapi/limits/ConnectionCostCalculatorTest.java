package cn.gov.yongjia.shixiao.graphqlapi.limits;

import graphql.analysis.QueryComplexityCalculator;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cost formula on a schema with nested connections, which the platform's schema does not have yet. */
class ConnectionCostCalculatorTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            type Query {
              shop: Shop
              shops(first: Int = 20, last: Int): ShopConnection!
            }
            type ShopConnection { totalCount: Int! edges: [ShopEdge!]! }
            type ShopEdge { node: Shop! }
            type Shop {
              name: String!
              inspections(first: Int = 10): InspectionConnection!
              recentInspections(last: Int): InspectionConnection!
            }
            type InspectionConnection { totalCount: Int! }
            """), RuntimeWiring.MOCKED_WIRING);

    @Test
    void anOrdinaryFieldCostsOnePlusItsSelection() {
        assertThat(cost("{ shop { name } }")).isEqualTo(1 + 1);
    }

    @Test
    void aConnectionCostsTwoPlusItsPageSizeTimesItsSelection() {
        assertThat(cost("{ shops(first: 5) { totalCount } }")).isEqualTo(2 + 5 * 1);
        assertThat(cost("{ shop { recentInspections(last: 7) { totalCount } } }")).isEqualTo(1 + 2 + 7 * 1);
        assertThat(cost("{ shops(first: 3, last: 7) { totalCount } }")).as("the larger of the two").isEqualTo(2 + 7 * 1);
    }

    @Test
    void withoutAPageSizeTheSchemaDefaultOrElseTwentyCounts() {
        assertThat(cost("{ shop { inspections { totalCount } } }")).as("the schema's default").isEqualTo(1 + 2 + 10 * 1);
        assertThat(cost("{ shops(last: 7) { totalCount } }")).as("first's default still applies").isEqualTo(2 + 20 * 1);
        assertThat(cost("{ shops(first: null) { totalCount } }")).as("first given as null").isEqualTo(2 + 20 * 1);
        assertThat(cost("{ shop { recentInspections { totalCount } } }")).as("no default").isEqualTo(1 + 2 + 20 * 1);
    }

    @Test
    void nestedConnectionsMultiply() {
        // inspections 2 + 3 × 1 = 5; node 1 + name 1 + 5 = 7; edges 1 + 7 = 8; shops 2 + 4 × 8 = 34
        assertThat(cost("{ shops(first: 4) { edges { node { name inspections(first: 3) { totalCount } } } } }"))
                .isEqualTo(34);
    }

    @Test
    void typenameIsFree() {
        assertThat(cost("{ __typename shops(first: 5) { __typename totalCount } }")).isEqualTo(2 + 5 * 1);
    }

    @Test
    void absurdPageSizesCountAsTheMostAFieldCostsAndNeverOverflow() {
        int cost = cost("{ a: shops(first: 2000000000) { edges { node { inspections(first: 2000000000) { totalCount } } } }"
                + " b: shops(first: 2000000000) { totalCount } }");

        assertThat(cost).isEqualTo(2 * ConnectionCostCalculator.MAX_FIELD_COST);
    }

    private static int cost(String document) {
        return QueryComplexityCalculator.newCalculator()
                .fieldComplexityCalculator(new ConnectionCostCalculator())
                .schema(SCHEMA)
                .document(Parser.parse(document))
                .build()
                .calculate();
    }
}
