package cn.gov.yongjia.shixiao.portal.release.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.yongjia.shixiao.portal.api.ApiUnavailableException;
import cn.gov.yongjia.shixiao.portal.api.PortalProperties;
import cn.gov.yongjia.shixiao.portal.layout.ApiNotice;
import cn.gov.yongjia.shixiao.portal.layout.BuiltInTexts;
import cn.gov.yongjia.shixiao.portal.layout.Formats;
import cn.gov.yongjia.shixiao.portal.layout.Language;
import cn.gov.yongjia.shixiao.portal.layout.MainLayout;
import cn.gov.yongjia.shixiao.portal.release.ReleaseCatalogue;
import cn.gov.yongjia.shixiao.portal.release.ReleaseListRequest;
import cn.gov.yongjia.shixiao.schema.types.ReleaseCategory;
import cn.gov.yongjia.shixiao.schema.types.ReleaseIssuer;
import cn.gov.yongjia.shixiao.schema.types.ReleaseLanguage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * The news releases at {@code /releases?…}: filters by category, issuing body, publication dates and language, and a
 * full-text search when there is text. The URL holds the whole state, the page's cursor included, so every change is
 * a navigation to a new URL and a list can be shared. ONE GraphQL request per page view. A link by index number,
 * {@code /releases?index=…}, goes on to the release's page.
 */
@Route(value = "releases", layout = MainLayout.class)
@StyleSheet("styles/releases.css")
class ReleaseListView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ReleaseCatalogue catalogue;
    private final PortalProperties properties;
    private ReleaseListRequest request = ReleaseListRequest.empty();

    ReleaseListView(ReleaseCatalogue catalogue, PortalProperties properties) {
        this.catalogue = catalogue;
        this.properties = properties;
        addClassName("page");
        addClassName("releases-page");
        setId("releases");
    }

    @Override
    public String getPageTitle() {
        return (request.text().isEmpty() ? "" : request.text() + " · ") + getTranslation("release.list.title") + " · "
                + getTranslation("layout.siteName");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> index = event.getLocation().getQueryParameters().getParameters().get("index");
        if (index != null && !index.isEmpty() && !index.getFirst().isBlank()) {
            byIndexNumber(event, index.getFirst().strip());
            return;
        }
        request = ReleaseListRequest.from(event.getLocation().getQueryParameters());
        removeAll();
        add(new H1(getTranslation("release.list.title")), new Paragraph(getTranslation("release.list.lead")));
        ReleaseCatalogue.Page page;
        try {
            page = catalogue.page(request);
        } catch (ApiUnavailableException e) {
            add(new ApiNotice(e));
            return;
        }
        FeedLinks feeds = feeds(page);
        add(filters(page), results(page), feedSection(feeds));
        feeds.intoHead(this);
    }

    private void byIndexNumber(BeforeEnterEvent event, String indexNumber) {
        var release = indexNumber.length() > 100 ? java.util.Optional.<cn.gov.yongjia.shixiao.schema.types.Release>empty()
                : catalogue.byIndexNumber(indexNumber);
        if (release.isPresent()) {
            event.forwardTo(ReleaseView.class, release.get().getId());
        } else {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private FeedLinks feeds(ReleaseCatalogue.Page page) {
        FeedLinks feeds = new FeedLinks(properties).add(getTranslation("release.feed.all"), FeedLinks.ALL);
        page.categories().stream().filter(c -> c.getCode().equals(request.category())).findFirst()
                .ifPresent(c -> feeds.add(getTranslation("release.feed.category", name(c)), FeedLinks.category(c.getCode())));
        page.issuers().stream().filter(i -> i.getCode().equals(request.issuer())).findFirst()
                .ifPresent(i -> feeds.add(getTranslation("release.feed.issuer", name(i)), FeedLinks.issuer(i.getCode())));
        return feeds;
    }

    private Section feedSection(FeedLinks feeds) {
        Section section = section("feeds", "release.feeds");
        section.add(new Paragraph(getTranslation("release.feeds.hint")), feeds.list());
        return section;
    }

    private Section filters(ReleaseCatalogue.Page page) {
        TextField text = new TextField(getTranslation("release.search"));
        text.setId("release-query");
        text.setValue(request.text());
        text.setClearButtonVisible(true);
        text.setMaxLength(100);
        text.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY); // Enter sends the typed text
        text.getElement().setAttribute("type", "search");
        text.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> go(request.withText(text.getValue())));
        NativeButton searchButton = new NativeButton(getTranslation("release.searchButton"),
                e -> go(request.withText(text.getValue())));
        searchButton.setId("release-search");
        searchButton.addClassName("button-primary");
        Div searchRow = new Div(text, searchButton);
        searchRow.addClassName("search-row");

        Map<String, ReleaseCategory> categories = page.categories().stream().collect(Collectors.toMap(
                ReleaseCategory::getCode, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        Select<String> category = select("filter-category", "release.category");
        category.setItems(categories.keySet());
        category.setItemLabelGenerator(code -> code == null ? getTranslation("search.any") : name(categories.get(code)));
        category.setValue(categories.containsKey(request.category()) ? request.category() : null);
        category.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(request.withCategory(e.getValue()));
            }
        });

        Map<String, ReleaseIssuer> issuers = page.issuers().stream().collect(Collectors.toMap(
                ReleaseIssuer::getCode, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        Select<String> issuer = select("filter-issuer", "release.issuer");
        issuer.setItems(issuers.keySet());
        issuer.setItemLabelGenerator(code -> code == null ? getTranslation("search.any") : name(issuers.get(code)));
        issuer.setValue(issuers.containsKey(request.issuer()) ? request.issuer() : null);
        issuer.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(request.withIssuer(e.getValue()));
            }
        });

        Select<ReleaseLanguage> language = select("filter-language", "release.language");
        language.setItems(ReleaseLanguage.values());
        language.setItemLabelGenerator(l -> l == null ? getTranslation("search.any") : getTranslation("release.language." + l.name()));
        language.setValue(request.language());
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(request.withLanguage(e.getValue()));
            }
        });

        DatePicker from = datePicker("filter-from", "release.from", request.from());
        DatePicker until = datePicker("filter-until", "release.until", request.until());
        from.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(request.withDates(e.getValue(), request.until()));
            }
        });
        until.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(request.withDates(request.from(), e.getValue()));
            }
        });
        if (request.searching()) {
            from.setEnabled(false);
            until.setEnabled(false);
            from.setHelperText(getTranslation("release.datesNotInSearch"));
        }

        H2 heading = new H2(getTranslation("search.filters"));
        heading.setId("filters-heading");
        heading.addClassName("visually-hidden");
        Div controls = new Div(category, issuer, from, until, language);
        controls.addClassName("filter-controls");
        Section section = new Section(heading, searchRow, controls);
        section.setId("filters");
        section.addClassName("filters");
        section.getElement().setAttribute("aria-labelledby", "filters-heading");
        return section;
    }

    private Section results(ReleaseCatalogue.Page page) {
        Section section = section("release-results", "release.list.results");
        Paragraph summary = new Paragraph(request.searching()
                ? getTranslation("release.foundFor", Formats.number(page.totalCount(), getLocale()), request.text())
                : getTranslation("release.found", Formats.number(page.totalCount(), getLocale())));
        summary.setId("summary");
        summary.getElement().setAttribute("role", "status");
        section.add(summary);
        if (page.rows().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("release.none"));
            none.setId("no-results");
            section.add(none);
        } else {
            OrderedList list = new OrderedList();
            list.addClassName("results");
            list.addClassName("release-list");
            list.setId("release-list");
            page.rows().forEach(row -> list.add(new cn.gov.yongjia.shixiao.portal.release.ReleaseRow(row.release(), row.highlightedTitle())));
            section.add(list);
        }
        Div paging = new Div();
        paging.addClassName("paging");
        if (request.after() != null) {
            Anchor first = new Anchor(request.firstPage().url(), getTranslation("release.firstPage"));
            first.setId("first-page");
            paging.add(first);
        }
        if (page.nextCursor() != null) {
            Anchor next = new Anchor(request.after(page.nextCursor()).url(), getTranslation("release.nextPage"));
            next.setId("next-page");
            paging.add(next);
        }
        section.add(paging);
        return section;
    }

    private void go(ReleaseListRequest next) {
        UI.getCurrent().navigate("releases", next.toQueryParameters());
    }

    private <T> Select<T> select(String id, String labelKey) {
        Select<T> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("search.any"));
        return select;
    }

    private DatePicker datePicker(String id, String labelKey, java.time.LocalDate value) {
        DatePicker picker = new DatePicker(getTranslation(labelKey));
        picker.setId(id);
        picker.setLocale(Language.of(getLocale()).locale());
        BuiltInTexts.translate(picker, this);
        picker.setValue(value);
        picker.setClearButtonVisible(true);
        return picker;
    }

    private Section section(String id, String headingKey) {
        H2 heading = new H2(getTranslation(headingKey));
        heading.setId(id + "-heading");
        Section section = new Section(heading);
        section.setId(id);
        section.getElement().setAttribute("aria-labelledby", id + "-heading");
        return section;
    }

    private String name(ReleaseCategory category) {
        return Language.of(getLocale()) == Language.ENGLISH ? category.getNameEn() : category.getName();
    }

    private String name(ReleaseIssuer issuer) {
        return Language.of(getLocale()) == Language.ENGLISH ? issuer.getNameEn() : issuer.getName();
    }
}
