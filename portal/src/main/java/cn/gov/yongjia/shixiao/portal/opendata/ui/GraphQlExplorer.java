package cn.gov.yongjia.shixiao.portal.opendata.ui;

import java.net.URI;
import java.util.function.Consumer;

import cn.gov.yongjia.shixiao.portal.opendata.ExampleQueries;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small GraphQL explorer that needs nothing from the internet: an editor for the document and its variables, a run
 * button and the answer. The visitor's browser sends the request to the API itself (as a partner's web page would),
 * with {@code fetch}; the answer comes back here to be shown, pretty-printed.
 */
class GraphQlExplorer extends Section {

    /** What the browser runs: POST the body to the endpoint and hand back status and text, or status 0 when unreachable. */
    static final String FETCH = """
            const controller = new AbortController();
            const timer = setTimeout(() => controller.abort(), 20000);
            return fetch($0, {method: 'POST', body: $1, signal: controller.signal, headers: {
                    'Content-Type': 'application/json', 'Accept': 'application/graphql-response+json, application/json'}})
                .then(r => r.text().then(text => JSON.stringify({status: r.status, body: text})))
                .catch(e => JSON.stringify({status: 0, body: String(e)}))
                .finally(() => clearTimeout(timer));""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI endpoint;
    private final TextArea query = new TextArea();
    private final TextArea variables = new TextArea();
    private final Pre result = new Pre();
    private final Paragraph status = new Paragraph();
    private final Button run;

    GraphQlExplorer(URI endpoint) {
        this.endpoint = endpoint;
        setId("explorer");
        H3 title = new H3(getTranslation("opendata.explorer.title"));
        title.setId("explorer-title");
        getElement().setAttribute("aria-labelledby", "explorer-title");

        query.setLabel(getTranslation("opendata.explorer.query"));
        query.setId("explorer-query");
        query.setMinHeight("16rem");
        query.setMaxHeight("28rem");
        query.getElement().setAttribute("spellcheck", "false");
        variables.setLabel(getTranslation("opendata.explorer.variables"));
        variables.setId("explorer-variables");
        variables.setMinHeight("16rem");
        variables.getElement().setAttribute("spellcheck", "false");
        Div editors = new Div(query, variables);
        editors.addClassName("explorer-editors");

        run = new Button(getTranslation("opendata.explorer.run"), e -> run());
        run.setId("explorer-run");
        run.addThemeVariants(ButtonVariant.PRIMARY);

        status.setId("explorer-status");
        status.getElement().setAttribute("role", "status");
        result.setId("explorer-result");
        result.getElement().setAttribute("role", "region");
        result.getElement().setAttribute("aria-label", getTranslation("opendata.explorer.result"));
        result.getElement().setAttribute("tabindex", "0");

        add(title, new Paragraph(getTranslation("opendata.explorer.intro", endpoint.toString())), editors, run, status,
                result);
        load(ExampleQueries.first());
    }

    void load(ExampleQueries.Example example) {
        query.setValue(example.query());
        variables.setValue(example.variables());
        result.setText("");
        status.setText("");
    }

    /** Scrolls the explorer into view and moves the focus to its editor (after loading an example). */
    void focusEditor() {
        query.focus();
        getElement().executeJs("this.scrollIntoView({block: 'start'})");
    }

    private void run() {
        ObjectNode body = JSON.createObjectNode();
        body.put("query", query.getValue());
        String text = variables.getValue() == null ? "" : variables.getValue().strip();
        if (!text.isEmpty()) {
            try {
                JsonNode parsed = JSON.readTree(text);
                if (!parsed.isObject()) {
                    throw new IllegalArgumentException("not an object");
                }
                body.set("variables", parsed);
            } catch (JacksonException | IllegalArgumentException e) {
                status.setText(getTranslation("opendata.explorer.badVariables"));
                result.setText("");
                return;
            }
        }
        run.setEnabled(false);
        status.setText(getTranslation("opendata.explorer.running"));
        send(body.toString(), this::show);
    }

    /** Sends a request body from the visitor's browser and passes on the JSON {status, body} it reports. */
    void send(String body, Consumer<JsonNode> answer) {
        getElement().executeJs(FETCH, endpoint.toString(), body).then(String.class,
                json -> answer.accept(JSON.readTree(json)),
                error -> answer.accept(JSON.createObjectNode().put("status", 0).put("body", error)));
    }

    private void show(JsonNode answer) {
        run.setEnabled(true);
        int code = answer.path("status").asInt();
        String body = answer.path("body").asString();
        if (code == 0) {
            status.setText(getTranslation("opendata.explorer.unreachable"));
            result.setText("");
            return;
        }
        status.setText(getTranslation("opendata.explorer.done", String.valueOf(code)));
        try {
            result.setText(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(body)));
        } catch (JacksonException e) {
            result.setText(body);
        }
    }
}
