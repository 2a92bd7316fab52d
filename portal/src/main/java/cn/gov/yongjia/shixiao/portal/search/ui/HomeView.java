package cn.gov.yongjia.shixiao.portal.search.ui;

import cn.gov.yongjia.shixiao.portal.api.ApiUnavailableException;
import cn.gov.yongjia.shixiao.portal.layout.ApiNotice;
import cn.gov.yongjia.shixiao.portal.layout.Formats;
import cn.gov.yongjia.shixiao.portal.layout.Language;
import cn.gov.yongjia.shixiao.portal.layout.MainLayout;
import cn.gov.yongjia.shixiao.portal.rating.RatingLegend;
import cn.gov.yongjia.shixiao.portal.release.ReleaseRow;
import cn.gov.yongjia.shixiao.portal.search.BusinessSearch;
import cn.gov.yongjia.shixiao.portal.search.SearchRequest;
import cn.gov.yongjia.shixiao.schema.types.TradeInfo;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * Home: one search box with autocomplete, "near me", quick filters by trade (the API's {@code trades}, not a list of
 * our own), a few headline figures, the newest news releases and the rating legend, all from ONE GraphQL request.
 */
@Route(value = "", layout = MainLayout.class)
@StyleSheet("styles/releases.css")
class HomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final BusinessSearch search;

    HomeView(BusinessSearch search) {
        this.search = search;
        addClassName("page");
        addClassName("home-page");
        setId("home");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.siteName");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Div hero = new Div(new H1(getTranslation("home.title")), new Paragraph(getTranslation("home.lead")),
                new SearchBox(search, "", null, text -> UI.getCurrent().navigate("search",
                        SearchRequest.of(text).toQueryParameters())),
                new NearMeButton(getTranslation("home.nearMe"), (lat, lon) -> UI.getCurrent().navigate("search",
                        SearchRequest.empty().near(lat, lon).toQueryParameters())));
        hero.addClassName("hero");
        add(hero);
        BusinessSearch.Home home;
        try {
            home = search.home();
        } catch (ApiUnavailableException e) {
            add(new ApiNotice(e));
            return;
        }
        add(quickFilters(home), figures(home));
        if (home.latestReleases() != null && !home.latestReleases().isEmpty()) {
            add(latestReleases(home));
        }
        add(new RatingLegend(home.scheme(), "legend-heading"));
    }

    private Section quickFilters(BusinessSearch.Home home) {
        boolean english = Language.of(getLocale()) == Language.ENGLISH;
        UnorderedList list = new UnorderedList();
        list.addClassName("trade-links");
        for (TradeInfo trade : home.trades()) {
            Anchor link = new Anchor(SearchRequest.empty().withTrade(trade.getTrade()).url(),
                    english ? trade.getNameEn() : trade.getName());
            link.setId("trade-" + trade.getTrade().name());
            list.add(new ListItem(link));
        }
        return section("quick-filters", "home.quickFilters", list);
    }

    private Section figures(BusinessSearch.Home home) {
        UnorderedList list = new UnorderedList();
        list.addClassName("figures");
        list.add(figure("home.figure.registered", home.registered()), figure("home.figure.open", home.open()),
                figure("home.figure.ratedA", home.ratedA()), figure("home.figure.inspections", home.publishedInspections()));
        Anchor more = new Anchor("figures", getTranslation("home.figuresMore"));
        return section("headline-figures", "home.figures", list, more);
    }

    private Section latestReleases(BusinessSearch.Home home) {
        OrderedList list = new OrderedList();
        list.addClassName("results");
        list.addClassName("release-list");
        home.latestReleases().forEach(release -> list.add(new ReleaseRow(release, null)));
        Anchor more = new Anchor("releases", getTranslation("release.latestMore"));
        more.setId("releases-more");
        return section("latest-releases", "release.latest", list, more);
    }

    private ListItem figure(String key, int value) {
        Span number = new Span(Formats.number(value, getLocale()));
        number.addClassName("figure-number");
        Span label = new Span(getTranslation(key));
        label.addClassName("figure-label");
        ListItem item = new ListItem(number, label);
        item.setId(key.replace("home.figure.", "figure-"));
        return item;
    }

    private Section section(String id, String headingKey, com.vaadin.flow.component.Component... content) {
        H2 heading = new H2(getTranslation(headingKey));
        heading.setId(id + "-heading");
        Section section = new Section(heading);
        section.add(content);
        section.setId(id);
        section.getElement().setAttribute("aria-labelledby", id + "-heading");
        return section;
    }
}
