package cn.gov.yongjia.shixiao.portal.search.ui;

import java.time.LocalDate;
import java.util.Locale;

import cn.gov.yongjia.shixiao.portal.layout.Formats;
import cn.gov.yongjia.shixiao.portal.rating.RatingBadge;
import cn.gov.yongjia.shixiao.schema.types.Business;
import cn.gov.yongjia.shixiao.schema.types.BusinessSearchEdge;
import cn.gov.yongjia.shixiao.schema.types.BusinessStatus;
import cn.gov.yongjia.shixiao.schema.types.Township;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * One search result: the rating's face and letter, the shop-sign name (the one on the shop front) linking to the
 * business page with the registered name below it, trade, township and address, distance, the last inspection's
 * date and the marks a reader must not miss (out of date, closed, suspended, demo).
 */
class ResultRow extends ListItem {

    ResultRow(BusinessSearchEdge edge) {
        Business business = edge.getNode();
        Locale locale = getLocale();
        addClassName("result");
        getElement().setAttribute("data-id", business.getId());

        RatingBadge badge = new RatingBadge(business.getRating(), 40);

        H3 title = new H3();
        title.addClassName("result-name");
        Anchor link = new Anchor("business/" + business.getId());
        String shown = business.getShopSignName() != null ? business.getShopSignName() : business.getName();
        String highlighted = business.getShopSignName() != null ? edge.getHighlightedShopSignName() : edge.getHighlightedName();
        if (highlighted != null) {
            link.add(new Html("<span>" + highlighted + "</span>")); // the API escapes everything but <em> (docs)
        } else {
            link.setText(shown);
        }
        title.add(link);

        Div body = new Div(title);
        body.addClassName("result-body");
        if (business.getShopSignName() != null && !business.getShopSignName().equals(business.getName())) {
            Paragraph registered = new Paragraph(getTranslation("row.registeredName", business.getName()));
            registered.addClassName("result-registered");
            body.add(registered);
        }
        Township township = business.getTownship();
        String place = township == null ? "" : ("en".equals(locale.getLanguage()) ? township.getNameEn() : township.getName());
        Paragraph where = new Paragraph(join(getTranslation("trade." + business.getTrade().name()), place,
                business.getAddress()));
        where.addClassName("result-where");
        body.add(where);

        Div marks = new Div();
        marks.addClassName("result-marks");
        if (edge.getDistanceKm() != null) {
            String km = Formats.decimal(edge.getDistanceKm(), 2, locale);
            boolean coarse = Boolean.TRUE.equals(business.getPrivateResidence()); // whole km from a ~1 km grid point
            marks.add(mark(coarse && edge.getDistanceKm() < 1 ? getTranslation("row.distanceUnderOneKm")
                    : getTranslation(coarse ? "row.distanceApprox" : "row.distance", km), "mark-distance"));
        }
        LocalDate last = business.getInspections() == null || business.getInspections().isEmpty() ? null
                : business.getInspections().getFirst().getInspectedOn();
        marks.add(mark(last == null ? getTranslation("row.neverInspected")
                : getTranslation("row.lastInspected", Formats.date(last, locale)), "mark-inspected"));
        if (business.getRating() != null && Boolean.TRUE.equals(business.getRating().getStale())) {
            marks.add(mark(getTranslation("row.stale"), "mark-stale"));
        }
        if (business.getStatus() == BusinessStatus.CLOSED) {
            marks.add(mark(getTranslation("row.closed"), "mark-closed"));
        } else if (business.getStatus() == BusinessStatus.SUSPENDED) {
            marks.add(mark(getTranslation("row.suspended"), "mark-closed"));
        }
        if (Boolean.TRUE.equals(business.getDemo())) {
            marks.add(mark(getTranslation("row.demo"), "mark-demo"));
        }
        body.add(marks);
        add(badge, body);
    }

    private static Span mark(String text, String kind) {
        Span mark = new Span(text);
        mark.addClassNames("mark", kind);
        return mark;
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                out.append(out.isEmpty() ? "" : " · ").append(part);
            }
        }
        return out.toString();
    }
}
