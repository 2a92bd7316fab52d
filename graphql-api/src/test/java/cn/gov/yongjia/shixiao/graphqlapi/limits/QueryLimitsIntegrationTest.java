package cn.gov.yongjia.shixiao.graphqlapi.limits;

import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The abuse limits (depth 12, 30 aliases, 5000 tokens as by default; the cost limit lowered from 10000 to 5000 here
 * so that seven ordinary pages cross it), over HTTP: every response that
 * ran says its cost, and a request over a limit gets one typed error, no {@code data}, and runs nothing.
 * ({@code HttpGraphQlTester} itself insists on HTTP 200 with a JSON body.)
 */
@PlatformIntegrationTest
@org.springframework.test.context.TestPropertySource(properties = "yongjia.graphql.limits.max-cost=5000")
class QueryLimitsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void client() {
        graphQl = StaffClients.anonymous(port);
    }

    @Test
    void everyResponseSaysWhatItCost() {
        // businesses.graphql selects, per item of the page:
        //   totalCount                                                    1
        //   pageInfo { hasNextPage hasPreviousPage startCursor endCursor } 1 + 4 = 5
        //   edges { cursor node { id name trade } }                       1 + 1 + (1 + 3) = 6
        // that is 12, so businesses(first: 5) costs 2 + 5 × 12 = 62
        graphQl.documentName("businesses").variable("first", 5).execute()
                .path("$.extensions.cost.requested").entity(Integer.class).isEqualTo(62)
                .path("$.extensions.cost.limit").entity(Integer.class).isEqualTo(5000);

        // without first, the schema's default page of 20: 2 + 20 × 12 = 242
        graphQl.documentName("businesses").execute()
                .path("$.extensions.cost.requested").entity(Integer.class).isEqualTo(242);
    }

    @Test
    void aQueryNestedDeeperThanTwelveIsRefused() {
        // __type 1, fields 2, type 3, then ofType from depth 4 on, and name below the last ofType
        String twelveDeep = "{ businesses(first: 1) { totalCount } __type(name: \"Business\") { fields { type { "
                + nested("ofType", 8, "name") + " } } } }";
        String thirteenDeep = "{ businesses(first: 1) { totalCount } __type(name: \"Business\") { fields { type { "
                + nested("ofType", 9, "name") + " } } } }";

        graphQl.document(twelveDeep).execute()
                .path("businesses.totalCount").hasValue()
                .path("__type.fields").hasValue();

        var refused = graphQl.document(thirteenDeep).execute();
        refused.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_DEEP")
                    .containsEntry("depth", 13).containsEntry("limit", 12);
            assertThat(error.getMessage()).contains("13", "12", " / ").doesNotContain("Exception");
        }));
        refused.path("$.data").pathDoesNotExist();
    }

    @Test
    void theStandardIntrospectionQueryOfSchemaToolsIsNotRefused() {
        // 13 deep (__schema types fields args type, then 7 × ofType and name): graphql-java's good-faith introspection
        // check bounds such requests instead of the depth limit
        graphQl.document(IntrospectionQuery.INTROSPECTION_QUERY).execute()
                .path("__schema.queryType.name").entity(String.class).isEqualTo("Query")
                .path("__schema.types[*].name").entityList(String.class).contains("Business", "BusinessConnection");
    }

    @Test
    void aQueryCostingMoreThanTheLimitIsRefusedAndSaysWhatItWouldHaveCost() {
        // largePages.graphql: 7 × (2 + 8 × first)
        graphQl.documentName("largePages").variable("first", 89).execute()
                .path("$.extensions.cost.requested").entity(Integer.class).isEqualTo(4998)
                .path("p7.edges").hasValue();

        var refused = graphQl.documentName("largePages").variable("first", 90).execute();
        refused.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_COSTLY")
                        .containsEntry("cost", 5054).containsEntry("limit", 5000)));
        refused.path("$.data").pathDoesNotExist()
                .path("$.extensions.cost.requested").entity(Integer.class).isEqualTo(5054)
                .path("$.extensions.cost.limit").entity(Integer.class).isEqualTo(5000);
    }

    @Test
    void thirtyAliasesAreFineAndThirtyOneAreRefusedBeforeAnythingRuns() {
        graphQl.document(aliased(30, i -> "b" + i + ": businesses(first: 1) { totalCount }")).execute()
                .path("b29.totalCount").hasValue();

        // a signed-in administrator may register businesses, so only the limit can keep these from being written
        StaffClients.ensureAccounts(accounts);
        String thirtyOneRegistrations = "mutation " + aliased(31, i -> "r" + i
                + ": registerBusiness(input: {name: \"别名测试" + i + "\", trade: HOTEL}) { business { id } }");
        var refused = StaffClients.as(port, StaffClients.ADMIN).document(thirtyOneRegistrations).execute();
        refused.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                assertThat(error.getExtensions()).containsEntry("code", "TOO_MANY_ALIASES")
                        .containsEntry("aliases", 31).containsEntry("limit", 30)));
        refused.path("$.data").pathDoesNotExist();

        assertThat(jdbc.sql("select count(*) from business where name like '别名测试%'").query(Long.class).single())
                .as("nothing was registered").isZero();
    }

    @Test
    void anOperationAskedAgainIsCheckedAgainstItsOwnVariables() {
        // the same document each time: what was kept from a request that passed must not let a longer list through
        String document = "# " + java.util.UUID.randomUUID() + "\nquery($ids: [ID!]!) { nodes(ids: $ids) { id } }";
        IntFunction<java.util.List<String>> ids = n -> IntStream.range(0, n)
                .mapToObj(i -> java.util.Base64.getEncoder().encodeToString(("Business:" + (900_000 + i)).getBytes()))
                .toList();

        graphQl.document(document).variable("ids", ids.apply(100)).execute()
                .path("nodes").entityList(Object.class).hasSize(100)
                .path("$.extensions.cost.requested").entity(Integer.class).isEqualTo(2);
        var refused = graphQl.document(document).variable("ids", ids.apply(101)).execute();
        refused.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                assertThat(error.getExtensions()).containsEntry("code", "INPUT_LIST_TOO_LONG")
                        .containsEntry("limit", 100)));
        refused.path("$.data").pathDoesNotExist();
        graphQl.document(document).variable("ids", ids.apply(100).reversed()).execute()
                .path("nodes").entityList(Object.class).hasSize(100);
    }

    @Test
    void theSameSearchForOtherTextCostsTheSameAndAnotherPageSizeDoesNot() {
        String document = "# " + java.util.UUID.randomUUID()
                + "\nquery($q: String!, $first: Int) { searchBusinesses(query: $q, first: $first) { totalCount } }";

        graphQl.document(document).variable("q", "面馆").variable("first", 5).execute()
                .path("$.extensions.cost.requested").entity(Integer.class).isEqualTo(7);
        graphQl.document(document).variable("q", "理发").variable("first", 5).execute()
                .path("$.extensions.cost.requested").entity(Integer.class).isEqualTo(7);
        graphQl.document(document).variable("q", "理发").variable("first", 10).execute()
                .path("$.extensions.cost.requested").entity(Integer.class).isEqualTo(12);
    }

    @Test
    void aRefusalIsAnOrdinaryGraphQlAnswerWithoutData() {
        String tooDeep = "{ businesses { totalCount } __type(name: \"Business\") { fields { type { "
                + nested("ofType", 12, "name") + " } } } }";
        WebTestClient http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();

        http.post().uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", tooDeep))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.data").doesNotExist()
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].extensions.code").isEqualTo("QUERY_TOO_DEEP")
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("ExecutionAborted")
                .jsonPath("$.errors[0].message").value(String.class, message ->
                        assertThat(message).startsWith("查询嵌套过深").doesNotContain("Exception", "at cn.", "at graphql."));

        // a client that asks for GraphQL over HTTP's own media type gets 400 for any answer without data, as for
        // validation errors (docs/errors.md)
        http.post().uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.parseMediaType("application/graphql-response+json"))
                .bodyValue(Map.of("query", tooDeep))
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.BAD_REQUEST)
                .expectBody()
                .jsonPath("$.errors[0].extensions.code").isEqualTo("QUERY_TOO_DEEP");
    }

    @Test
    void aDocumentOfMoreThanFiveThousandTokensIsNotEvenParsed() {
        // { + 5000 fields + } = 5002 tokens: graphql-java's own default (15 000) would parse it
        GraphQlTester.Response refused = graphQl.document("{ " + "__typename ".repeat(5000) + "}").execute();
        refused.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                assertThat(error.getExtensions()).containsEntry("classification", "InvalidSyntax")));
        refused.path("$.data").pathDoesNotExist();
    }

    /** {@code name { name { … leaf } }} with {@code levels} levels of {@code name}. */
    private static String nested(String name, int levels, String leaf) {
        return (name + " { ").repeat(levels) + leaf + " }".repeat(levels);
    }

    /** An operation's selection set of {@code count} aliased fields. */
    private static String aliased(int count, IntFunction<String> field) {
        return IntStream.range(0, count).mapToObj(field).collect(Collectors.joining(" ", "{ ", " }"));
    }
}
