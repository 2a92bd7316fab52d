package cn.gov.yongjia.shixiao.graphqlapi.relay;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every {@code Node} type's {@code id} is read straight from its record, and is the ID {@code node(id)} finds. */
@PlatformIntegrationTest
class NodeIdsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    GraphQlSource graphQl;

    @Test
    void everyNodeTypeReadsItsIdFromTheRecord() {
        GraphQLSchema schema = graphQl.schema();
        var nodeTypes = schema.getImplementations((GraphQLInterfaceType) schema.getType("Node"));

        assertThat(nodeTypes).extracting(GraphQLObjectType::getName)
                .containsExactlyInAnyOrder("Business", "Inspection", "Release");
        assertThat(nodeTypes).allSatisfy(type -> assertThat(schema.getCodeRegistry()
                .getDataFetcher(FieldCoordinates.coordinates(type, "id"), type.getFieldDefinition("id")))
                .as(type.getName() + ".id").isSameAs(NodeIds.GLOBAL_ID));
    }

    @Test
    void theIdOfAListedBusinessFindsItAgain() {
        var client = StaffClients.anonymous(port);
        String id = client.document("{ businesses(first: 1) { edges { node { id name } } } }").execute()
                .path("businesses.edges[0].node.id").entity(String.class).get();
        String name = client.document("{ businesses(first: 1) { edges { node { name } } } }").execute()
                .path("businesses.edges[0].node.name").entity(String.class).get();

        assertThat(GlobalId.decode(id, "id").type()).isEqualTo("Business");
        client.document("query($id: ID!) { node(id: $id) { id ... on Business { name } } }").variable("id", id).execute()
                .path("node.id").entity(String.class).isEqualTo(id)
                .path("node.name").entity(String.class).isEqualTo(name);
    }
}
