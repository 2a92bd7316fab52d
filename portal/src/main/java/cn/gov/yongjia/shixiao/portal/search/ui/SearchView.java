package cn.gov.yongjia.shixiao.portal.search.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.yongjia.shixiao.portal.api.ApiUnavailableException;
import cn.gov.yongjia.shixiao.portal.layout.ApiNotice;
import cn.gov.yongjia.shixiao.portal.layout.Formats;
import cn.gov.yongjia.shixiao.portal.layout.Language;
import cn.gov.yongjia.shixiao.portal.layout.MainLayout;
import cn.gov.yongjia.shixiao.portal.search.BusinessSearch;
import cn.gov.yongjia.shixiao.portal.search.MapTiles;
import cn.gov.yongjia.shixiao.portal.search.SearchRequest;
import cn.gov.yongjia.shixiao.schema.types.BusinessSearchConnection;
import cn.gov.yongjia.shixiao.schema.types.BusinessSearchSort;
import cn.gov.yongjia.shixiao.schema.types.RatingGrade;
import cn.gov.yongjia.shixiao.schema.types.Township;
import cn.gov.yongjia.shixiao.schema.types.Trade;
import cn.gov.yongjia.shixiao.schema.types.TradeInfo;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * Search results at {@code /search?…}: the URL holds the whole search (text, filters, order, point), so it can be
 * shared and bookmarked, and every change of a filter is a navigation to the new URL. Each page view is ONE GraphQL
 * request (results, facets, and the trades and townships for the filters); "show more" fetches the next page with
 * the API's cursor.
 */
@Route(value = "search", layout = MainLayout.class)
class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final BusinessSearch search;
    private final MapTiles tiles;
    private SearchRequest request = SearchRequest.empty();
    private String focusAfterNavigation;

    SearchView(BusinessSearch search, MapTiles tiles) {
        this.search = search;
        this.tiles = tiles;
        addClassName("page");
        addClassName("search-page");
    }

    @Override
    public String getPageTitle() {
        return (request.text().isEmpty() ? "" : request.text() + " · ") + getTranslation("search.title") + " · "
                + getTranslation("layout.siteName");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        request = SearchRequest.from(event.getLocation().getQueryParameters());
        removeAll();
        H1 title = new H1(getTranslation("search.title"));
        SearchBox box = new SearchBox(search, request.text(), request.near(), text -> go(request.withText(text), "search"));
        add(title, box);
        BusinessSearch.Results results;
        try {
            results = search.search(request, null);
        } catch (ApiUnavailableException e) {
            add(new ApiNotice(e));
            return;
        }
        add(filters(results), resultsSection(results));
        if (focusAfterNavigation != null) {
            String id = focusAfterNavigation;
            focusAfterNavigation = null;
            getElement().executeJs("const c = document.getElementById($0); if (c) { c.focus(); }", id);
        }
    }

    private Section filters(BusinessSearch.Results results) {
        BusinessSearchConnection page = results.page();
        boolean english = Language.of(getLocale()) == Language.ENGLISH;
        Map<Trade, Integer> tradeCounts = page.getFacets().getTrades().stream()
                .collect(Collectors.toMap(f -> f.getValue(), f -> f.getCount()));
        Map<String, Integer> townshipCounts = page.getFacets().getTownships().stream()
                .collect(Collectors.toMap(f -> f.getValue(), f -> f.getCount()));

        Map<Trade, TradeInfo> trades = results.trades().stream().collect(Collectors.toMap(TradeInfo::getTrade, Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));
        Select<Trade> trade = select("filter-trade", "search.trade");
        trade.setItems(trades.keySet());
        trade.setItemLabelGenerator(t -> t == null ? getTranslation("search.any") : getTranslation("search.facetCount",
                english ? trades.get(t).getNameEn() : trades.get(t).getName(), count(tradeCounts.get(t))));
        trade.setValue(request.trade());
        trade.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(request.withTrade(e.getValue()), "filter-trade");
            }
        });

        Map<String, Township> townships = results.townships().stream().collect(Collectors.toMap(Township::getCode,
                Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        Select<String> township = select("filter-township", "search.township");
        township.setItems(townships.keySet());
        township.setItemLabelGenerator(code -> code == null ? getTranslation("search.any") : getTranslation("search.facetCount",
                english ? townships.get(code).getNameEn() : townships.get(code).getName(), count(townshipCounts.get(code))));
        township.setValue(townships.containsKey(request.township()) ? request.township() : null);
        township.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(request.withTownship(e.getValue()), "filter-township");
            }
        });

        Select<RatingGrade> rating = select("filter-rating", "search.rating");
        rating.setItems(RatingGrade.A, RatingGrade.B, RatingGrade.C);
        rating.setItemLabelGenerator(g -> g == null ? getTranslation("search.any") : getTranslation("grade." + g.name()));
        rating.setValue(request.ratingAtLeast());
        rating.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(request.withRatingAtLeast(e.getValue()), "filter-rating");
            }
        });

        Select<BusinessSearchSort> sort = new Select<>();
        sort.setId("sort");
        sort.setLabel(getTranslation("search.sort"));
        sort.setItems(Arrays.stream(BusinessSearchSort.values())
                .filter(s -> s != BusinessSearchSort.DISTANCE || request.near() != null).toList());
        sort.setItemLabelGenerator(s -> s == null ? "" : getTranslation("sort." + s.name()));
        sort.setValue(request.sort());
        sort.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(request.withSort(e.getValue()), "sort");
            }
        });

        Checkbox closed = new Checkbox(getTranslation("search.includeClosed"), request.includeClosed());
        closed.setId("include-closed");
        closed.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(request.withIncludeClosed(e.getValue()), "include-closed");
            }
        });

        Div near = new Div();
        near.addClassName("near-controls");
        if (request.near() == null) {
            near.add(new NearMeButton(getTranslation("search.nearMe"), (lat, lon) -> go(request.near(lat, lon), "near-me")));
        } else {
            Paragraph active = new Paragraph(getTranslation("search.nearMeActive",
                    Formats.decimal(request.near().radiusKm(), 1, getLocale())));
            active.setId("near-active");
            NativeButton off = new NativeButton(getTranslation("search.nearMeOff"), e -> go(request.withoutNear(), "near-me"));
            off.setId("near-off");
            off.addClassName("button-secondary");
            near.add(active, off);
        }

        H2 heading = new H2(getTranslation("search.filters"));
        heading.setId("filters-heading");
        heading.addClassName("visually-hidden");
        Div controls = new Div(trade, township, rating, sort);
        controls.addClassName("filter-controls");
        Section section = new Section(heading, controls, closed, near);
        section.setId("filters");
        section.addClassName("filters");
        section.getElement().setAttribute("aria-labelledby", "filters-heading");
        return section;
    }

    private <T> Select<T> select(String id, String labelKey) {
        Select<T> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("search.any"));
        return select;
    }

    private String count(Integer count) {
        return Formats.number(count == null ? 0 : count, getLocale());
    }

    private Section resultsSection(BusinessSearch.Results results) {
        BusinessSearchConnection page = results.page();
        H2 heading = new H2(getTranslation("search.list"));
        heading.setId("results-heading");
        // approximate: no name had every character (a typo); the hits are similar names, and the page says so
        String summaryKey = request.text().isEmpty() ? "search.found"
                : Boolean.TRUE.equals(page.getApproximate()) ? "search.similarFor" : "search.foundFor";
        Paragraph summary = new Paragraph(getTranslation(summaryKey, Formats.number(page.getTotalCount(), getLocale()),
                request.text()));
        summary.setId("summary");
        summary.getElement().setAttribute("role", "status");

        OrderedList list = new OrderedList();
        list.setId("results");
        list.addClassName("results");
        ResultsMap map = new ResultsMap(tiles, request.near());
        Paragraph shown = new Paragraph();
        shown.setId("shown");
        shown.addClassName("hint");
        NativeButton more = new NativeButton(getTranslation("search.more"));
        more.setId("more");
        more.addClassName("button-secondary");
        Paging paging = new Paging(list, map, shown, more, page.getTotalCount());
        paging.show(page);
        more.addClickListener(e -> paging.next());

        Div listColumn = new Div(summary, list, shown, more);
        listColumn.addClassName("results-list");
        if (page.getTotalCount() == 0) {
            Paragraph none = new Paragraph(getTranslation("search.none"));
            none.setId("no-results");
            listColumn.add(none);
        }
        Paragraph mapNote = new Paragraph(getTranslation("search.mapNote"));
        mapNote.addClassName("hint");
        Div mapColumn = new Div(map, mapNote);
        mapColumn.addClassName("results-map-column");
        Div columns = new Div(listColumn, mapColumn);
        columns.addClassName("results-columns");
        Section section = new Section(heading, columns);
        section.getElement().setAttribute("aria-labelledby", "results-heading");
        return section;
    }

    /** The pages loaded so far; "show more" asks for the next one with the last cursor. */
    private final class Paging {

        private final OrderedList list;
        private final ResultsMap map;
        private final Paragraph shown;
        private final NativeButton more;
        private final int total;
        private String endCursor;
        private int count;

        Paging(OrderedList list, ResultsMap map, Paragraph shown, NativeButton more, int total) {
            this.list = list;
            this.map = map;
            this.shown = shown;
            this.more = more;
            this.total = total;
        }

        void show(BusinessSearchConnection page) {
            List<ResultRow> rows = page.getEdges().stream().map(ResultRow::new).toList();
            rows.forEach(list::add);
            count += rows.size();
            map.add(page.getEdges());
            endCursor = page.getPageInfo().getEndCursor();
            more.setVisible(Boolean.TRUE.equals(page.getPageInfo().getHasNextPage()));
            shown.setText(total == 0 ? "" : getTranslation("search.shown", Formats.number(count, getLocale()),
                    Formats.number(total, getLocale())));
        }

        void next() {
            try {
                int first = count;
                show(search.search(request, endCursor).page());
                // keyboard and screen-reader users continue at the first new result, not at the top
                list.getElement().executeJs("const a = this.querySelectorAll('.result-name a')[$0]; if (a) { a.focus(); }", first);
            } catch (ApiUnavailableException e) {
                more.setVisible(false);
                list.getParent().ifPresent(parent -> ((Div) parent).add(new ApiNotice(e)));
            }
        }
    }

    private void go(SearchRequest next, String focus) {
        focusAfterNavigation = focus;
        UI.getCurrent().navigate("search", next.toQueryParameters());
    }
}
