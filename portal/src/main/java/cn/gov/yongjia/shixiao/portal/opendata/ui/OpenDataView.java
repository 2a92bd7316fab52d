package cn.gov.yongjia.shixiao.portal.opendata.ui;

import java.util.List;

import cn.gov.yongjia.shixiao.portal.api.ApiUnavailableException;
import cn.gov.yongjia.shixiao.portal.opendata.ExampleQueries;
import cn.gov.yongjia.shixiao.portal.opendata.OpenDataCatalogue;
import cn.gov.yongjia.shixiao.portal.layout.MainLayout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * The open-data page: the files to download with their data dictionary and licence, the GraphQL endpoint and the
 * published contract, example queries (README's partner query among them) and an explorer that runs them from the
 * visitor's browser without anything from the internet. When the API is down, the downloads say so and the rest
 * stays.
 */
@Route(value = "open-data", layout = MainLayout.class)
@StyleSheet("styles/figures.css")
class OpenDataView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final OpenDataCatalogue catalogue;

    OpenDataView(OpenDataCatalogue catalogue) {
        this.catalogue = catalogue;
        setId("open-data");
        addClassName("open-data");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opendata.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("opendata.heading")), new Paragraph(getTranslation("opendata.intro")));
        try {
            OpenDataCatalogue.Catalogue offer = catalogue.catalogue();
            add(downloads(offer), dictionary(offer), licence(offer));
        } catch (ApiUnavailableException e) {
            Div notice = new Div(new Paragraph(getTranslation("opendata.unavailable")));
            notice.setId("opendata-unavailable");
            notice.addClassName("notice");
            notice.getElement().setAttribute("role", "status");
            add(notice);
        }
        GraphQlExplorer explorer = new GraphQlExplorer(catalogue.endpoint());
        add(api(), examples(explorer), section("explorer-section", getTranslation("opendata.explorer.heading"),
                explorer, new SchemaBrowser(explorer)));
    }

    private Section downloads(OpenDataCatalogue.Catalogue offer) {
        UnorderedList list = new UnorderedList();
        list.addClassName("downloads");
        for (OpenDataCatalogue.Dataset dataset : offer.datasets()) {
            Anchor csv = new Anchor(dataset.csv().toString(), getTranslation("opendata.download.csv", dataset.name()));
            csv.setId("download-" + dataset.name() + "-csv");
            Anchor json = new Anchor(dataset.json().toString(), getTranslation("opendata.download.json", dataset.name()));
            json.setId("download-" + dataset.name() + "-json");
            H3 name = new H3(dataset.name());
            list.add(new ListItem(name, new Paragraph(dataset.description()), new Paragraph(csv, json)));
        }
        return section("downloads", getTranslation("opendata.downloads"),
                new Paragraph(getTranslation("opendata.downloads.intro")), list);
    }

    private Section dictionary(OpenDataCatalogue.Catalogue offer) {
        Section section = section("dictionary", getTranslation("opendata.dictionary"),
                new Paragraph(new Span(getTranslation("opendata.dictionary.intro") + " "),
                        link(offer.dataDictionary().toString(), "data-dictionary.json")));
        for (OpenDataCatalogue.Dataset dataset : offer.datasets()) {
            NativeTable table = new NativeTable();
            table.setCaptionText(getTranslation("opendata.dictionary.caption", dataset.name()));
            NativeTableRow header = new NativeTableRow();
            for (String key : List.of("opendata.dictionary.column", "opendata.dictionary.type", "opendata.dictionary.meaning")) {
                NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation(key));
                cell.getElement().setAttribute("scope", "col");
                header.add(cell);
            }
            table.getHead().addRows(header);
            for (OpenDataCatalogue.Column column : dataset.columns()) {
                NativeTableHeaderCell name = new NativeTableHeaderCell(new Code(column.name()));
                name.getElement().setAttribute("scope", "row");
                table.getBody().addRows(new NativeTableRow(name, new NativeTableCell(column.type()),
                        new NativeTableCell(column.description())));
            }
            Div wrap = new Div(table);
            wrap.addClassName("table-wrap");
            // may scroll sideways on a phone: a named region that takes the focus, so keys can scroll it
            wrap.getElement().setAttribute("tabindex", "0");
            wrap.getElement().setAttribute("role", "region");
            wrap.getElement().setAttribute("aria-label", table.getCaptionText());
            NativeDetails details = new NativeDetails(getTranslation("opendata.dictionary.summary", dataset.name(),
                    String.valueOf(dataset.columns().size())), wrap);
            details.setId("dictionary-" + dataset.name());
            section.add(details);
        }
        return section;
    }

    private Section licence(OpenDataCatalogue.Catalogue offer) {
        return section("licence", getTranslation("opendata.licence"), new Paragraph(offer.licence()),
                new Paragraph(new Span(getTranslation("opendata.licence.text") + " "),
                        link(offer.licenceUrl().toString(), offer.licenceUrl().toString())));
    }

    private Section api() {
        Code endpoint = new Code(catalogue.endpoint().toString());
        endpoint.setId("graphql-endpoint");
        Anchor schema = link(catalogue.schema().toString(), catalogue.schema().toString());
        schema.setId("graphql-schema");
        return section("api", getTranslation("opendata.api"),
                new Paragraph(getTranslation("opendata.api.intro")),
                new Paragraph(new Span(getTranslation("opendata.api.endpoint") + " "), endpoint),
                new Paragraph(new Span(getTranslation("opendata.api.schema") + " "), schema),
                new Paragraph(getTranslation("opendata.api.limits")));
    }

    private Section examples(GraphQlExplorer explorer) {
        Section section = section("examples", getTranslation("opendata.examples"),
                new Paragraph(getTranslation("opendata.examples.intro")));
        for (ExampleQueries.Example example : ExampleQueries.ALL) {
            H3 title = new H3(getTranslation(example.titleKey()));
            Pre code = new Pre(example.query());
            code.setId("example-" + example.id());
            code.getElement().setAttribute("tabindex", "0");
            Button tryIt = new Button(getTranslation("opendata.examples.try"), e -> {
                explorer.load(example);
                explorer.focusEditor();
            });
            tryIt.setId("try-" + example.id());
            tryIt.getElement().setAttribute("aria-label",
                    getTranslation("opendata.examples.tryNamed", getTranslation(example.titleKey())));
            section.add(title, code, tryIt);
        }
        return section;
    }

    private static Anchor link(String href, String text) {
        Anchor anchor = new Anchor(href, text);
        anchor.setTarget(AnchorTarget.DEFAULT);
        return anchor;
    }

    private static Section section(String id, String title, Component... content) {
        H2 heading = new H2(title);
        heading.setId(id + "-title");
        Section section = new Section(heading);
        section.add(content);
        section.setId(id);
        section.getElement().setAttribute("aria-labelledby", id + "-title");
        return section;
    }
}
