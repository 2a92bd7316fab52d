package cn.gov.yongjia.shixiao.portal.listing.ui;

import java.util.List;
import java.util.Map;

import cn.gov.yongjia.shixiao.portal.api.ApiUnavailableException;
import cn.gov.yongjia.shixiao.portal.listing.BusinessListing;
import cn.gov.yongjia.shixiao.portal.listing.BusinessSummary;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

/**
 * Home: the register's businesses, or those matching a search. The search is in the URL ({@code ?q=}) so that it can
 * be shared and bookmarked.
 */
@Route("")
@PageTitle("永嘉县“十小”行业质量安全公示")
class BusinessListView extends Main implements BeforeEnterObserver {

    private final BusinessListing listing;
    private final TextField query = new TextField();
    private final Paragraph summary = new Paragraph();
    private final Div notice = new Div();
    private final Grid<BusinessSummary> grid = new Grid<>(BusinessSummary.class, false);

    BusinessListView(BusinessListing listing) {
        this.listing = listing;
        setId("business-list");
        query.setLabel("搜索店名 Search by name");
        query.setPlaceholder("例如 兰州拉面");
        query.setClearButtonVisible(true);
        query.setId("search");
        query.addKeyPressListener(Key.ENTER, e -> navigate());
        Button go = new Button("搜索 Search", e -> navigate());
        go.setId("search-button");
        HorizontalLayout bar = new HorizontalLayout(query, go);
        bar.setAlignItems(HorizontalLayout.Alignment.BASELINE);

        grid.addColumn(BusinessSummary::name).setHeader("名称 Name").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(BusinessSummary::tradeName).setHeader("行业 Trade").setAutoWidth(true);
        grid.addColumn(b -> b.demo() ? "演示数据 demo" : "").setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setId("businesses");
        summary.setId("summary");
        notice.setId("notice");
        notice.setVisible(false);

        add(new H1("永嘉县“十小”行业质量安全公示"), bar, summary, notice, grid);
        setWidthFull();
        getStyle().set("padding", "var(--lumo-space-m)");
    }

    private void navigate() {
        String text = query.getValue().strip();
        getUI().ifPresent(ui -> ui.navigate(BusinessListView.class,
                text.isEmpty() ? QueryParameters.empty() : QueryParameters.simple(Map.of("q", text))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String text = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("").strip();
        query.setValue(text);
        try {
            BusinessListing.Page page = text.isEmpty() ? listing.firstPage() : listing.search(text);
            show(page.businesses());
            summary.setText(text.isEmpty()
                    ? "共 " + page.totalCount() + " 户经营主体 / " + page.totalCount() + " businesses in the register"
                    : "找到 " + page.totalCount() + " 户 / " + page.totalCount() + " found for “" + text + "”");
            notice.setVisible(false);
        } catch (ApiUnavailableException e) {
            show(List.of());
            summary.setText("");
            notice.setText("数据服务暂不可用，请稍后再试。The data service is unavailable for now; please try again later.");
            notice.setVisible(true);
        }
    }

    private void show(List<BusinessSummary> businesses) {
        grid.setItems(businesses);
    }
}
