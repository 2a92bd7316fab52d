package cn.gov.yongjia.shixiao.portal.figures.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.yongjia.shixiao.portal.api.ApiUnavailableException;
import cn.gov.yongjia.shixiao.portal.figures.Figures;
import cn.gov.yongjia.shixiao.schema.types.GradeCount;
import cn.gov.yongjia.shixiao.schema.types.HeadlineFigures;
import cn.gov.yongjia.shixiao.schema.types.InspectionCoverage;
import cn.gov.yongjia.shixiao.schema.types.QuarterInspections;
import cn.gov.yongjia.shixiao.schema.types.RatingDistribution;
import cn.gov.yongjia.shixiao.schema.types.RatingGrade;
import cn.gov.yongjia.shixiao.schema.types.Statistics;
import cn.gov.yongjia.shixiao.schema.types.Township;
import cn.gov.yongjia.shixiao.portal.layout.MainLayout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

/**
 * The figures page, of the whole county or of one township ({@code figures?township=OUBEI}, chosen on the page):
 * headline counts, the rating distribution by trade and by township, inspections per quarter and this quarter's
 * coverage. Every chart is drawn with plain CSS on the server and followed by a table of its numbers;
 * numbers and dates are written the way the visitor's language writes them. One GraphQL request per page view.
 */
@Route(value = "figures", layout = MainLayout.class)
@StyleSheet("styles/figures.css")
class FiguresView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Grades in the order the charts stack them; pending last. */
    private static final List<String> SERIES = List.of("A", "B", "C", "RECTIFY", "PENDING");

    /** The address's parameter for one township's figures: {@code figures?township=OUBEI}. */
    static final String TOWNSHIP = "township";

    private final Figures figures;
    private String townshipName;

    FiguresView(Figures figures) {
        this.figures = figures;
        setId("figures");
        addClassName("figures");
    }

    @Override
    public String getPageTitle() {
        return (townshipName == null ? "" : townshipName + " · ") + getTranslation("figures.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        townshipName = null;
        add(new H1(getTranslation("figures.heading")));
        String township = event.getLocation().getQueryParameters().getSingleParameter(TOWNSHIP)
                .map(String::strip).filter(code -> code.matches("[A-Z_]{1,40}")).orElse(null);
        try {
            Figures.Page page = figures.of(township);
            add(townshipChoice(page));
            show(page.statistics());
        } catch (ApiUnavailableException e) {
            Div notice = new Div();
            notice.setId("figures-unavailable");
            notice.addClassName("notice");
            notice.getElement().setAttribute("role", "status");
            notice.add(new Paragraph(getTranslation("figures.unavailable")),
                    new Paragraph(new Span(getTranslation("figures.unavailable.still") + " "),
                            new Anchor("open-data", getTranslation("figures.unavailable.openData"))));
            add(notice);
        }
    }

    /**
     * The whole county or one township: choosing navigates to {@code figures?township=CODE}, so the choice is in the
     * address and can be shared.
     */
    private Select<String> townshipChoice(Figures.Page page) {
        Map<String, Township> townships = page.townships().stream().collect(Collectors.toMap(Township::getCode,
                Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Select<String> choice = new Select<>();
        choice.setId("figures-township");
        choice.setLabel(getTranslation("figures.township"));
        choice.setEmptySelectionAllowed(true);
        choice.setEmptySelectionCaption(getTranslation("figures.county"));
        choice.setPlaceholder(getTranslation("figures.county"));
        choice.setItems(townships.keySet());
        choice.setItemLabelGenerator(code -> code == null ? getTranslation("figures.county")
                : name(townships.get(code).getName(), townships.get(code).getNameEn()));
        Township shown = page.statistics().getTownship();
        choice.setValue(shown == null ? null : shown.getCode());
        choice.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                UI.getCurrent().navigate("figures", e.getValue() == null ? QueryParameters.empty()
                        : QueryParameters.of(TOWNSHIP, e.getValue()));
            }
        });
        return choice;
    }

    private void show(Statistics statistics) {
        Township township = statistics.getTownship();
        if (township == null) {
            add(new Paragraph(getTranslation("figures.intro", date(statistics.getAsOf()))));
        } else {
            townshipName = name(township.getName(), township.getNameEn());
            Paragraph intro = new Paragraph(getTranslation("figures.introTownship", date(statistics.getAsOf()), townshipName));
            intro.setId("figures-scope");
            add(intro);
        }
        add(headline(statistics.getHeadline()));
        add(distribution("by-trade", getTranslation("figures.byTrade"), getTranslation("figures.byTrade.column"),
                statistics.getRatingsByTrade()));
        add(distribution("by-township", getTranslation("figures.byTownship"), getTranslation("figures.byTownship.column"),
                statistics.getRatingsByTownship()));
        add(quarters(statistics.getInspectionsPerQuarter()));
        add(coverage(statistics.getInspectedThisQuarter()));
    }

    private Section headline(HeadlineFigures headline) {
        DescriptionList list = new DescriptionList();
        list.addClassName("headline");
        list.setId("headline");
        addFigure(list, "figures.headline.businesses", headline.getBusinesses());
        addFigure(list, "figures.headline.open", headline.getOpenBusinesses());
        addFigure(list, "figures.headline.rated", headline.getRatedBusinesses());
        addFigure(list, "figures.headline.stale", headline.getStaleRatings());
        addFigure(list, "figures.headline.inspections", headline.getPublicInspections());
        addFigure(list, "figures.headline.inspectionsThisYear", headline.getInspectionsThisYear());
        addFigure(list, "figures.headline.violationsThisYear", headline.getViolationsThisYear());
        H2 title = new H2(getTranslation("figures.headline"));
        title.setId("headline-title");
        Section section = new Section(title, list);
        section.getElement().setAttribute("aria-labelledby", "headline-title");
        return section;
    }

    private void addFigure(DescriptionList list, String key, Integer value) {
        // a dl may group each dt/dd pair in a div
        Div pair = new Div();
        pair.getElement().appendChild(new DescriptionList.Term(getTranslation(key)).getElement(),
                new DescriptionList.Description(number(value)).getElement());
        list.add(pair);
    }

    private Section distribution(String id, String title, String columnTitle, List<RatingDistribution> rows) {
        Div bars = new Div();
        bars.addClassName("bars");
        for (RatingDistribution row : rows) {
            Div bar = new Div();
            bar.addClassName("bar");
            int total = row.getTotal();
            for (String series : SERIES) {
                int count = count(row, series);
                if (count > 0 && total > 0) {
                    Span part = new Span();
                    part.addClassName("grade-" + series);
                    part.setWidth(100.0 * count / total + "%");
                    part.setTitle(gradeName(series) + ": " + number(count));
                    bar.add(part);
                }
            }
            Span label = new Span(name(row.getName(), row.getNameEn()));
            label.addClassName("bar-label");
            Span sum = new Span(number(total));
            sum.addClassName("bar-total");
            Div line = new Div(label, bar, sum);
            line.addClassName("bar-row");
            bars.add(line);
        }
        Div chart = chart(title, legend(), bars);

        NativeTable table = table(title, columnTitle, SERIES.stream().map(this::gradeName).toList(), getTranslation("figures.stale"),
                getTranslation("figures.total"));
        NativeTableBody body = table.getBody();
        for (RatingDistribution row : rows) {
            List<String> cells = new ArrayList<>();
            SERIES.forEach(series -> cells.add(number(count(row, series))));
            cells.add(number(row.getStale()));
            cells.add(number(row.getTotal()));
            body.addRows(tableRow(name(row.getName(), row.getNameEn()), cells));
        }
        return section(id, title, chart, table);
    }

    private Section quarters(List<QuarterInspections> quarters) {
        String title = getTranslation("figures.perQuarter");
        int max = quarters.stream().mapToInt(QuarterInspections::getInspections).max().orElse(0);
        Div columns = new Div();
        columns.addClassName("columns");
        Div labels = new Div();
        labels.addClassName("column-labels");
        for (QuarterInspections quarter : quarters) {
            Span value = new Span(number(quarter.getInspections()));
            value.addClassName("value");
            Span fill = new Span();
            fill.addClassName("fill");
            fill.setHeight(max == 0 ? "0" : 100.0 * quarter.getInspections() / max + "%");
            Div column = new Div(value, fill);
            column.addClassName("column");
            columns.add(column);
            labels.add(new Span(getTranslation("figures.quarter.short", String.valueOf(quarter.getYear() % 100),
                    String.valueOf(quarter.getQuarter()))));
        }
        Div chart = chart(title, columns, labels);

        NativeTable table = table(title, getTranslation("figures.quarter.column"),
                List.of(getTranslation("figures.quarter.inspections"), getTranslation("figures.quarter.businesses")));
        for (QuarterInspections quarter : quarters) {
            table.getBody().addRows(tableRow(quarterName(quarter.getYear(), quarter.getQuarter()),
                    List.of(number(quarter.getInspections()), number(quarter.getBusinessesInspected()))));
        }
        return section("per-quarter", title, chart, table);
    }

    private Section coverage(InspectionCoverage coverage) {
        String title = getTranslation("figures.coverage");
        String quarter = quarterName(coverage.getYear(), coverage.getQuarter());
        Paragraph share = new Paragraph(percent(coverage.getShare()));
        share.addClassName("share");
        share.setId("coverage-share");
        Div progress = new Div();
        progress.addClassName("progress");
        Span fill = new Span();
        fill.setWidth(Math.min(100.0, 100.0 * coverage.getShare()) + "%");
        progress.add(fill);
        Paragraph sentence = new Paragraph(getTranslation("figures.coverage.sentence", quarter,
                number(coverage.getInspected()), number(coverage.getOpenBusinesses())));
        Div chart = chart(title, progress);

        NativeTable table = table(title, getTranslation("figures.quarter.column"),
                List.of(getTranslation("figures.coverage.open"), getTranslation("figures.coverage.inspected"),
                        getTranslation("figures.coverage.share")));
        table.getBody().addRows(tableRow(quarter, List.of(number(coverage.getOpenBusinesses()),
                number(coverage.getInspected()), percent(coverage.getShare()))));
        return section("coverage", title, share, chart, sentence, table);
    }

    /** The drawing is one image for assistive technology, named by its title; the table below carries the numbers. */
    private Div chart(String title, Component... parts) {
        Div chart = new Div(parts);
        chart.addClassName("chart");
        chart.getElement().setAttribute("role", "img");
        chart.getElement().setAttribute("aria-label", getTranslation("figures.chart.label", title));
        return chart;
    }

    private UnorderedList legend() {
        UnorderedList legend = new UnorderedList();
        legend.addClassName("legend");
        legend.getElement().setAttribute("aria-label", getTranslation("figures.legend"));
        for (String series : SERIES) {
            Span swatch = new Span();
            swatch.addClassNames("swatch", "grade-" + series);
            swatch.getElement().setAttribute("aria-hidden", "true");
            legend.add(new ListItem(swatch, new Span(gradeName(series))));
        }
        return legend;
    }

    private Section section(String id, String title, Component... content) {
        H2 heading = new H2(title);
        heading.setId(id + "-title");
        Section section = new Section(heading);
        section.setId(id);
        section.getElement().setAttribute("aria-labelledby", id + "-title");
        for (Component part : content) {
            if (part instanceof NativeTable table) {
                NativeDetails details = new NativeDetails(getTranslation("figures.showTable"));
                Div wrap = scrollable(table, table.getCaptionText());
                details.setContent(wrap);
                details.setId(id + "-table");
                section.add(details);
            } else {
                section.add(part);
            }
        }
        return section;
    }

    /** A table that may scroll sideways on a phone: a named region that takes the focus, so keys can scroll it. */
    static Div scrollable(NativeTable table, String name) {
        Div wrap = new Div(table);
        wrap.addClassName("table-wrap");
        wrap.getElement().setAttribute("tabindex", "0");
        wrap.getElement().setAttribute("role", "region");
        wrap.getElement().setAttribute("aria-label", name);
        return wrap;
    }

    private NativeTable table(String caption, String firstColumn, List<String> columns, String... more) {
        NativeTable table = new NativeTable();
        table.setCaptionText(caption);
        NativeTableRow header = new NativeTableRow();
        header.add(headerCell(firstColumn, "col", false));
        columns.forEach(c -> header.add(headerCell(c, "col", true)));
        for (String c : more) {
            header.add(headerCell(c, "col", true));
        }
        NativeTableHeader head = table.getHead();
        head.addRows(header);
        return table;
    }

    private static NativeTableRow tableRow(String name, List<String> cells) {
        NativeTableRow row = new NativeTableRow();
        row.add(headerCell(name, "row", false));
        for (String cell : cells) {
            NativeTableCell td = new NativeTableCell(cell);
            td.addClassName("number");
            row.add(td);
        }
        return row;
    }

    private static NativeTableHeaderCell headerCell(String text, String scope, boolean number) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", scope);
        if (number) {
            cell.addClassName("number");
        }
        return cell;
    }

    private static int count(RatingDistribution row, String series) {
        if (series.equals("PENDING")) {
            return row.getPending();
        }
        return row.getGrades().stream().filter(g -> g.getGrade() == RatingGrade.valueOf(series))
                .mapToInt(GradeCount::getCount).sum();
    }

    private String gradeName(String series) {
        return getTranslation("figures.grade." + series);
    }

    private String quarterName(int year, int quarter) {
        return getTranslation("figures.quarter.name", String.valueOf(year), String.valueOf(quarter));
    }

    private boolean english() {
        return "en".equals(locale().getLanguage());
    }

    private String name(String chinese, String english) {
        return english() ? english : chinese;
    }

    private Locale locale() {
        Locale locale = getLocale();
        return locale == null || locale.getLanguage().isEmpty() ? Locale.SIMPLIFIED_CHINESE : locale;
    }

    private String number(Integer value) {
        return NumberFormat.getIntegerInstance(locale()).format(value == null ? 0 : value);
    }

    private String percent(Double share) {
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMaximumFractionDigits(1);
        return format.format(share == null ? 0 : share);
    }

    private String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(day);
    }
}
