package cn.gov.yongjia.shixiao.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract is the product's face: it must parse, and every type, field and enum value must say what it is. */
class ContractDocumentationTest {

    @Test
    void everyTypeFieldAndValueIsDocumented() throws IOException {
        GraphQLSchema schema = load();
        List<String> undocumented = new ArrayList<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            String name = type.getName();
            if (name.startsWith("__") || List.of("String", "Boolean", "Int", "Float", "ID").contains(name)) {
                continue;
            }
            if (type.getDescription() == null || type.getDescription().isBlank()) {
                undocumented.add(name);
            }
            if (type instanceof GraphQLFieldsContainer container && !isConnectionPlumbing(name)) {
                container.getFieldDefinitions().stream()
                        .filter(f -> f.getDescription() == null || f.getDescription().isBlank())
                        .forEach(f -> undocumented.add(name + "." + f.getName()));
            }
            if (type instanceof GraphQLInputObjectType input) {
                input.getFieldDefinitions().stream()
                        .filter(f -> f.getDescription() == null || f.getDescription().isBlank())
                        .forEach(f -> undocumented.add(name + "." + f.getName()));
            }
            if (type instanceof GraphQLEnumType enumType) {
                enumType.getValues().stream()
                        .filter(v -> v.getDescription() == null || v.getDescription().isBlank())
                        .forEach(v -> undocumented.add(name + "." + v.getName()));
            }
        }
        assertThat(undocumented).as("types and fields without a description").isEmpty();
    }

    /** Relay's edges/cursor/node fields mean the same everywhere; the connection type's description covers them. */
    private static boolean isConnectionPlumbing(String typeName) {
        return typeName.endsWith("Edge") || typeName.endsWith("Connection");
    }

    static GraphQLSchema load() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/*.graphqls");
        assertThat(files).isNotEmpty();
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                registry.merge(new SchemaParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    }
}
