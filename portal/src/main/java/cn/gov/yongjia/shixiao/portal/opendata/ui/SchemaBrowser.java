package cn.gov.yongjia.shixiao.portal.opendata.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Browses the API's types, fields, arguments and enum values with their descriptions, read by introspection from the
 * visitor's browser (through the explorer's {@code fetch}), so it always shows the contract the API runs.
 */
class SchemaBrowser extends Section {

    static final String INTROSPECTION = """
            query schemaBrowser {
              __schema {
                queryType { name }
                mutationType { name }
                types {
                  kind name description
                  fields { name description args { name description type { ...typeRef } } type { ...typeRef } }
                  inputFields { name description type { ...typeRef } }
                  enumValues { name description }
                }
              }
            }
            fragment typeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GraphQlExplorer explorer;
    private final Div types = new Div();
    private final Paragraph status = new Paragraph();
    private final Button load;

    SchemaBrowser(GraphQlExplorer explorer) {
        this.explorer = explorer;
        setId("schema-browser");
        H3 title = new H3(getTranslation("opendata.schema.title"));
        title.setId("schema-browser-title");
        getElement().setAttribute("aria-labelledby", "schema-browser-title");
        types.addClassName("schema-types");
        types.setId("schema-types");
        status.setId("schema-status");
        status.getElement().setAttribute("role", "status");
        load = new Button(getTranslation("opendata.schema.load"), e -> load());
        load.setId("schema-load");
        add(title, new Paragraph(getTranslation("opendata.schema.intro")), load, status, types);
    }

    private void load() {
        load.setEnabled(false);
        status.setText(getTranslation("opendata.explorer.running"));
        var body = JSON.createObjectNode().put("query", INTROSPECTION);
        explorer.send(body.toString(), this::show);
    }

    private void show(JsonNode answer) {
        load.setEnabled(true);
        JsonNode schema = answer.path("status").asInt() == 200
                ? JSON.readTree(answer.path("body").asString()).path("data").path("__schema")
                : null;
        if (schema == null || schema.isMissingNode()) {
            status.setText(getTranslation("opendata.explorer.unreachable"));
            return;
        }
        String queryType = schema.path("queryType").path("name").asString();
        String mutationType = schema.path("mutationType").path("name").asString("");
        List<JsonNode> all = new ArrayList<>();
        schema.path("types").forEach(all::add);
        all.removeIf(t -> t.path("name").asString().startsWith("__"));
        all.sort(Comparator.comparing((JsonNode t) -> {
            String name = t.path("name").asString();
            return name.equals(queryType) ? 0 : name.equals(mutationType) ? 1 : 2;
        }).thenComparing(t -> t.path("name").asString()));
        types.removeAll();
        for (JsonNode type : all) {
            types.add(type(type));
        }
        status.setText(getTranslation("opendata.schema.loaded", String.valueOf(all.size())));
        load.setVisible(false);
    }

    private NativeDetails type(JsonNode type) {
        Div content = new Div();
        String description = type.path("description").asString("");
        if (!description.isBlank()) {
            content.add(new Paragraph(description));
        }
        UnorderedList members = new UnorderedList();
        for (JsonNode field : type.path("fields")) {
            members.add(member(field.path("name").asString() + arguments(field) + ": " + typeName(field.path("type")),
                    field.path("description").asString("")));
        }
        for (JsonNode field : type.path("inputFields")) {
            members.add(member(field.path("name").asString() + ": " + typeName(field.path("type")),
                    field.path("description").asString("")));
        }
        for (JsonNode value : type.path("enumValues")) {
            members.add(member(value.path("name").asString(), value.path("description").asString("")));
        }
        if (members.getChildren().findAny().isPresent()) {
            content.add(members);
        }
        NativeDetails details = new NativeDetails(type.path("name").asString() + " (" + type.path("kind").asString() + ")",
                content);
        details.setId("type-" + type.path("name").asString());
        return details;
    }

    private static ListItem member(String signature, String description) {
        ListItem item = new ListItem(new Code(signature));
        if (!description.isBlank()) {
            item.add(new Span(" — " + description));
        }
        return item;
    }

    private static String arguments(JsonNode field) {
        List<String> args = new ArrayList<>();
        for (JsonNode arg : field.path("args")) {
            args.add(arg.path("name").asString() + ": " + typeName(arg.path("type")));
        }
        return args.isEmpty() ? "" : "(" + String.join(", ", args) + ")";
    }

    static String typeName(JsonNode type) {
        return switch (type.path("kind").asString()) {
            case "NON_NULL" -> typeName(type.path("ofType")) + "!";
            case "LIST" -> "[" + typeName(type.path("ofType")) + "]";
            default -> type.path("name").asString();
        };
    }
}
