package cn.gov.yongjia.shixiao.portal.business.ui;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import cn.gov.yongjia.shixiao.portal.api.ApiUnavailableException;
import cn.gov.yongjia.shixiao.portal.api.PortalProperties;
import cn.gov.yongjia.shixiao.portal.business.BusinessProfile;
import cn.gov.yongjia.shixiao.portal.business.QrCode;
import cn.gov.yongjia.shixiao.portal.layout.ApiNotice;
import cn.gov.yongjia.shixiao.portal.layout.Formats;
import cn.gov.yongjia.shixiao.portal.layout.Language;
import cn.gov.yongjia.shixiao.portal.layout.MainLayout;
import cn.gov.yongjia.shixiao.portal.rating.RatingBadge;
import cn.gov.yongjia.shixiao.portal.rating.RatingLegend;
import cn.gov.yongjia.shixiao.portal.release.ReleaseRow;
import cn.gov.yongjia.shixiao.schema.types.Business;
import cn.gov.yongjia.shixiao.schema.types.BusinessStatus;
import cn.gov.yongjia.shixiao.schema.types.BusinessStatusChange;
import cn.gov.yongjia.shixiao.schema.types.Correction;
import cn.gov.yongjia.shixiao.schema.types.Department;
import cn.gov.yongjia.shixiao.schema.types.EnforcementAction;
import cn.gov.yongjia.shixiao.schema.types.Inspection;
import cn.gov.yongjia.shixiao.schema.types.InspectionConnection;
import cn.gov.yongjia.shixiao.schema.types.OwnerDuties;
import cn.gov.yongjia.shixiao.schema.types.OwnerReply;
import cn.gov.yongjia.shixiao.schema.types.Permit;
import cn.gov.yongjia.shixiao.schema.types.Rating;
import cn.gov.yongjia.shixiao.schema.types.RatingScheme;
import cn.gov.yongjia.shixiao.schema.types.Release;
import cn.gov.yongjia.shixiao.schema.types.Township;
import cn.gov.yongjia.shixiao.schema.types.Violation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A business's page at its permanent address {@code /business/{global ID}} (IDs never change; closed businesses keep
 * theirs): rating with its meaning, date, validity and pending reason or stale warning, sub-scores and the four owner
 * duties, inspection history with violations (ten at a time, "show more" for older ones), permits, status and its history, the approved owner reply, penalties
 * under publication, the news releases concerning it, a QR code of the permanent address and the embeddable badge. ONE GraphQL request.
 */
@Route(value = "business", layout = MainLayout.class)
@StyleSheet("styles/releases.css")
class BusinessView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final BusinessProfile profiles;
    private final PortalProperties properties;
    private String title = "";

    BusinessView(BusinessProfile profiles, PortalProperties properties) {
        this.profiles = profiles;
        this.properties = properties;
        addClassName("page");
        addClassName("business-page");
        setId("business");
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("layout.siteName");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        BusinessProfile.Record record = profiles.byId(id).orElseThrow(NotFoundException::new);
        Business business = record.business();
        removeAll();
        title = business.getShopSignName() != null ? business.getShopSignName() : business.getName();
        String permalink = baseUrl().resolve("business/" + business.getId()).toString();
        add(head(business));
        if (business.getStatus() != BusinessStatus.OPEN) {
            add(statusBanner(business));
        }
        add(rating(business.getRating(), record.scheme()));
        if (business.getOwnerReply() != null) {
            add(ownerReply(business.getOwnerReply()));
        }
        add(inspections(business.getId(), record.history()), permits(business.getPermits()));
        if (business.getEnforcementActions() != null && !business.getEnforcementActions().isEmpty()) {
            add(enforcement(business.getEnforcementActions()));
        }
        if (business.getReleases() != null && !business.getReleases().isEmpty()) {
            add(releases(business.getReleases()));
        }
        add(statusHistory(business.getStatusHistory()), share(business, permalink),
                new RatingLegend(record.scheme(), "legend-heading"));
    }

    private Component head(Business business) {
        Locale locale = getLocale();
        H1 name = new H1(title);
        name.setId("business-name");
        Div facts = new Div();
        facts.addClassName("business-facts-wrap");
        var list = new com.vaadin.flow.component.html.DescriptionList();
        list.addClassName("business-facts");
        if (business.getShopSignName() != null) {
            fact(list, "business.registeredName", business.getName());
        }
        fact(list, "row.trade", getTranslation("trade." + business.getTrade().name()));
        Township township = business.getTownship();
        if (township != null) {
            fact(list, "business.township", english() ? township.getNameEn() : township.getName());
        }
        if (business.getAddress() != null) {
            fact(list, "business.address", business.getAddress());
        }
        if (business.getCreditCode() != null) {
            fact(list, "business.creditCode", business.getCreditCode());
        }
        fact(list, "business.status", getTranslation("status." + business.getStatus().name()) + " "
                + getTranslation("business.statusSince", Formats.date(business.getStatusSince(), locale)));
        facts.add(list);
        Div head = new Div(new RatingBadge(business.getRating(), 56), new Div(name, facts));
        head.addClassName("business-head");
        Div card = new Div(head);
        card.addClassName("business-card");
        if (Boolean.TRUE.equals(business.getDemo())) {
            Paragraph demo = new Paragraph(getTranslation("business.demo"));
            demo.addClassName("hint");
            card.add(demo);
        }
        return card;
    }

    private void fact(com.vaadin.flow.component.html.DescriptionList list, String key, String value) {
        list.add(new com.vaadin.flow.component.html.DescriptionList.Term(getTranslation(key)),
                new com.vaadin.flow.component.html.DescriptionList.Description(value));
    }

    private Component statusBanner(Business business) {
        String date = Formats.date(business.getStatusSince(), getLocale());
        Div banner = new Div(new Span(getTranslation(business.getStatus() == BusinessStatus.CLOSED
                ? "business.closedBanner" : "business.suspendedBanner", date)));
        banner.setId("status-banner");
        banner.addClassNames("notice", "notice-closed");
        banner.getElement().setAttribute("role", "note");
        return banner;
    }

    private Section rating(Rating rating, RatingScheme scheme) {
        Locale locale = getLocale();
        Section section = section("rating", "business.rating");
        Paragraph meaning = new Paragraph();
        meaning.setId("rating-meaning");
        meaning.addClassName("rating-meaning");
        if (rating.getGrade() != null) {
            meaning.add(new RatingBadge(rating, 32), new Span(" " + getTranslation("grade." + rating.getGrade().name())
                    + (rating.getScore() == null ? "" : " · " + getTranslation("business.score", rating.getScore()))));
            section.add(meaning);
            Paragraph dates = new Paragraph(getTranslation("business.ratedOn", Formats.date(rating.getRatedOn(), locale))
                    + " · " + getTranslation("business.validUntil", Formats.date(rating.getValidUntil(), locale)));
            dates.setId("rating-dates");
            section.add(dates);
        } else {
            meaning.add(new RatingBadge(rating, 32), new Span(" " + getTranslation("rating.pending")));
            section.add(meaning);
            if (rating.getPendingReason() != null) {
                Paragraph reason = new Paragraph(getTranslation("business.pendingReason",
                        getTranslation("pending." + rating.getPendingReason().name())));
                reason.setId("pending-reason");
                section.add(reason);
            }
        }
        if (Boolean.TRUE.equals(rating.getStale())) {
            Div stale = new Div(new Span(getTranslation("business.stale", scheme.getStaleAfterMonths())));
            stale.setId("stale-warning");
            stale.addClassNames("notice");
            section.add(stale);
        }
        Inspection basis = rating.getBasedOn();
        if (basis != null) {
            H3 scores = new H3(getTranslation("business.subScores"));
            UnorderedList list = new UnorderedList(score("business.hygiene", basis.getHygieneScore(), 40),
                    score("business.facilities", basis.getFacilitiesScore(), 30),
                    score("business.management", basis.getManagementScore(), 30));
            list.addClassName("scores");
            list.setId("sub-scores");
            section.add(scores, list, new H3(getTranslation("business.duties")), duties(basis.getOwnerDuties()));
        }
        return section;
    }

    private ListItem score(String key, Integer value, int max) {
        int v = value == null ? 0 : value;
        Span bar = new Span();
        bar.addClassName("score-bar");
        Span fill = new Span();
        fill.getStyle().set("width", (100 * v / max) + "%");
        bar.add(fill);
        bar.getElement().setAttribute("aria-hidden", "true");
        return new ListItem(new Span(getTranslation(key) + " " + getTranslation("business.outOf", v, max)), bar);
    }

    private UnorderedList duties(OwnerDuties duties) {
        UnorderedList list = new UnorderedList();
        list.addClassName("duties");
        list.setId("owner-duties");
        if (duties == null) {
            return list;
        }
        list.add(duty("purchaseAcceptance", duties.getPurchaseAcceptance()), duty("ledger", duties.getLedger()),
                duty("certificatesAndInvoices", duties.getCertificatesAndInvoices()),
                duty("qualityCommitment", duties.getQualityCommitment()));
        return list;
    }

    private ListItem duty(String name, Boolean met) {
        boolean ok = Boolean.TRUE.equals(met);
        ListItem item = new ListItem(getTranslation("business.duty." + name) + getTranslation("punct.colon")
                + getTranslation(ok ? "business.dutyMet" : "business.dutyNotMet"));
        item.addClassName(ok ? "duty-met" : "duty-not-met");
        return item;
    }

    private Section ownerReply(OwnerReply reply) {
        Section section = section("owner-reply", "business.ownerReply");
        Div quote = new Div(new Paragraph(reply.getText()));
        quote.addClassName("owner-reply");
        Paragraph meta = new Paragraph(Formats.date(reply.getSubmittedAt(), getLocale()) + " · "
                + getTranslation("business.ownerReplyNote"));
        meta.addClassName("hint");
        section.add(quote, meta);
        return section;
    }

    /**
     * The inspection history, newest first: the first page came with the page view; "show more" asks the API for the
     * next page with the cursor the last one ended with.
     */
    private Section inspections(String businessId, InspectionConnection history) {
        Section section = section("inspections", "business.inspections");
        if (history.getEdges().isEmpty()) {
            section.add(new Paragraph(getTranslation("business.noInspections")));
            return section;
        }
        OrderedList list = new OrderedList();
        list.addClassName("results");
        Paragraph shown = new Paragraph();
        shown.setId("inspections-shown");
        shown.addClassName("hint");
        NativeButton more = new NativeButton(getTranslation("business.moreInspections"));
        more.setId("more-inspections");
        more.addClassName("button-secondary");
        section.add(list, shown, more);
        HistoryPaging paging = new HistoryPaging(list, shown, more, history.getTotalCount());
        paging.show(history);
        more.addClickListener(e -> {
            try {
                int first = paging.count;
                paging.show(profiles.inspections(businessId, paging.endCursor));
                // keyboard and screen-reader users continue at the first new inspection, not at the top
                list.getElement().executeJs("const h = this.querySelectorAll('h3')[$0]; "
                        + "if (h) { h.setAttribute('tabindex', '-1'); h.focus(); }", first);
            } catch (ApiUnavailableException failure) {
                more.setVisible(false);
                section.add(new ApiNotice(failure));
            }
        });
        return section;
    }

    /** The inspections shown so far; "show more" continues after the last cursor. */
    private final class HistoryPaging {

        private final OrderedList list;
        private final Paragraph shown;
        private final NativeButton more;
        private final int total;
        private String endCursor;
        private int count;

        HistoryPaging(OrderedList list, Paragraph shown, NativeButton more, int total) {
            this.list = list;
            this.shown = shown;
            this.more = more;
            this.total = total;
        }

        void show(InspectionConnection page) {
            page.getEdges().forEach(edge -> list.add(inspection(edge.getNode())));
            count += page.getEdges().size();
            endCursor = page.getPageInfo().getEndCursor();
            more.setVisible(Boolean.TRUE.equals(page.getPageInfo().getHasNextPage()));
            shown.setText(getTranslation("business.inspectionsShown", Formats.number(count, getLocale()),
                    Formats.number(total, getLocale())));
        }
    }

    private ListItem inspection(Inspection inspection) {
        Locale locale = getLocale();
        ListItem item = new ListItem();
        item.addClassName("inspection");
        H3 heading = new H3(getTranslation("business.inspection", Formats.date(inspection.getInspectedOn(), locale))
                + " · " + getTranslation("kind." + inspection.getKind().name()));
        String by = inspection.getDepartment() != null ? departmentName(inspection.getDepartment())
                : inspection.getTownship() != null ? (english() ? inspection.getTownship().getNameEn() : inspection.getTownship().getName())
                : null;
        Paragraph outcome = new Paragraph(getTranslation("outcome." + inspection.getOutcome().name()) + " · "
                + getTranslation("business.totalScore", inspection.getTotalScore())
                + (by == null ? "" : " · " + getTranslation("business.inspectedBy", by)));
        item.add(heading, outcome);
        if (inspection.getPublicSummary() != null && !inspection.getPublicSummary().isBlank()) {
            item.add(new Paragraph(inspection.getPublicSummary()));
        }
        if (inspection.getFollowUpDue() != null) {
            item.add(new Paragraph(getTranslation("business.followUpDue", Formats.date(inspection.getFollowUpDue(), locale))));
        }
        if (inspection.getAppeal() != null) {
            item.add(new Paragraph(inspection.getAppeal().getDecision() == null
                    ? getTranslation("business.appeal", inspection.getAppeal().getReason())
                    : getTranslation("business.appealDecided", inspection.getAppeal().getDecision())));
        }
        List<Violation> violations = inspection.getViolations();
        if (violations == null || violations.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("business.noViolations"));
            none.addClassName("hint");
            item.add(none);
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("violations");
            list.getElement().setAttribute("aria-label", getTranslation("business.violations"));
            for (Violation violation : violations) {
                Span severity = new Span(getTranslation("severity." + violation.getSeverity().name()));
                severity.addClassName("severity-" + violation.getSeverity().name());
                ListItem v = new ListItem(severity, new Span(getTranslation("punct.colon")
                        + (english() ? violation.getDescriptionEn() : violation.getDescription()) + " · "
                        + correction(violation)));
                v.addClassName("violation");
                list.add(v);
            }
            item.add(new Paragraph(getTranslation("business.violations")), list);
        }
        return item;
    }

    private String correction(Violation violation) {
        Locale locale = getLocale();
        Correction correction = violation.getCorrection();
        if (correction == Correction.BY_DEADLINE && violation.getClosedOn() != null) {
            return getTranslation("business.correction.BY_DEADLINE_CLOSED", Formats.date(violation.getClosedOn(), locale));
        }
        if (correction == Correction.BY_DEADLINE) {
            return getTranslation("business.correction.BY_DEADLINE", Formats.date(violation.getDeadline(), locale));
        }
        return getTranslation("business.correction." + correction.name());
    }

    private Section permits(List<Permit> permits) {
        Section section = section("permits", "business.permits");
        if (permits == null || permits.isEmpty()) {
            section.add(new Paragraph(getTranslation("business.noPermits")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (Permit permit : permits) {
            String validity = Boolean.TRUE.equals(permit.getValid())
                    ? getTranslation("business.permitValid", Formats.date(permit.getExpiresOn(), getLocale()))
                    : getTranslation("business.permitExpired", Formats.date(permit.getExpiresOn(), getLocale()));
            ListItem item = new ListItem(getTranslation("permit." + permit.getType().name()) + " " + permit.getNumber()
                    + " · " + validity + (permit.getIssuingBody() == null ? "" : " · " + permit.getIssuingBody()));
            item.addClassName(Boolean.TRUE.equals(permit.getValid()) ? "permit-valid" : "permit-expired");
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Section enforcement(List<EnforcementAction> actions) {
        Section section = section("enforcement", "business.enforcement");
        UnorderedList list = new UnorderedList();
        for (EnforcementAction action : actions) {
            list.add(new ListItem(getTranslation("business.penalty", action.getPenalty(), action.getDecisionNumber(),
                    Formats.date(action.getDecidedOn(), getLocale())) + " · " + action.getViolationType() + " · "
                    + action.getDecidingBody()));
        }
        section.add(list);
        return section;
    }

    private Section releases(List<Release> releases) {
        Section section = section("related-releases", "release.related");
        OrderedList list = new OrderedList();
        list.addClassName("results");
        list.addClassName("release-list");
        releases.forEach(release -> list.add(new ReleaseRow(release, null)));
        section.add(list);
        return section;
    }

    private Section statusHistory(List<BusinessStatusChange> history) {
        Section section = section("status-history", "business.statusHistory");
        UnorderedList list = new UnorderedList();
        for (BusinessStatusChange change : history == null ? List.<BusinessStatusChange>of() : history) {
            list.add(new ListItem(Formats.date(change.getEffectiveOn(), getLocale()) + " · "
                    + getTranslation("status." + change.getStatus().name())
                    + (change.getReason() == null ? "" : " · " + change.getReason())));
        }
        section.add(list);
        return section;
    }

    private Section share(Business business, String permalink) {
        Section section = section("share", "business.share");
        Svg qr = new Svg(QrCode.svg(permalink));
        Div qrBox = new Div(qr, new Paragraph(getTranslation("business.qr")));
        qrBox.addClassName("qr");
        qrBox.setId("qr-code");
        qr.getElement().setAttribute("role", "img");
        qr.getElement().setAttribute("aria-label", getTranslation("business.qrAlt"));
        qrBox.getElement().setAttribute("data-url", permalink);

        Paragraph link = new Paragraph(getTranslation("business.permalink") + getTranslation("punct.colon"));
        Anchor anchor = new Anchor(permalink, permalink);
        anchor.setId("permalink");
        link.add(anchor);

        String lang = Language.of(getLocale()).code();
        String badgeUrl = baseUrl().resolve("badge/" + business.getId() + ".svg" + (lang.equals("en") ? "?lang=en" : "")).toString();
        Image badge = new Image(badgeUrl, getTranslation("business.badgeAlt", title, getTranslation("badge.title")));
        badge.setId("badge");
        String snippet = "<a href=\"" + permalink + "\"><img src=\"" + badgeUrl + "\" width=\"280\" height=\"72\" alt=\""
                + (title + " " + getTranslation("badge.title")).replace("\"", "&quot;") + "\"></a>";
        TextArea code = new TextArea(getTranslation("business.badgeSnippet"));
        code.setValue(snippet);
        code.setReadOnly(true);
        code.setId("badge-snippet");
        code.addClassName("badge-snippet");
        NativeButton copy = new NativeButton(getTranslation("business.copy"));
        copy.setId("copy-badge");
        copy.addClassName("button-secondary");
        copy.addClickListener(e -> copy.getElement().executeJs(
                "navigator.clipboard && navigator.clipboard.writeText($0).then(() => { this.textContent = $1; }, () => {});",
                snippet, getTranslation("business.copied")));
        Div badgeBox = new Div(new H3(getTranslation("business.badge")), badge, code, copy);
        badgeBox.addClassName("badge-box");
        Div row = new Div(qrBox, new Div(link, badgeBox));
        row.addClassName("share");
        section.add(row);
        return section;
    }

    private Section section(String id, String headingKey) {
        H2 heading = new H2(getTranslation(headingKey));
        heading.setId(id + "-heading");
        Section section = new Section(heading);
        section.setId(id);
        section.getElement().setAttribute("aria-labelledby", id + "-heading");
        return section;
    }

    private String departmentName(Department department) {
        return english() ? department.getNameEn() : department.getName();
    }

    private boolean english() {
        return Language.of(getLocale()) == Language.ENGLISH;
    }

    /** The portal's public address: configured, or the one the browser used. */
    private URI baseUrl() {
        if (properties.publicUrl() != null) {
            String url = properties.publicUrl().toString();
            return URI.create(url.endsWith("/") ? url : url + "/");
        }
        HttpServletRequest request = VaadinServletRequest.getCurrent() == null ? null
                : ((VaadinServletRequest) VaadinServletRequest.getCurrent()).getHttpServletRequest();
        if (request == null) {
            return URI.create("/");
        }
        String port = (request.getScheme().equals("http") && request.getServerPort() == 80)
                || (request.getScheme().equals("https") && request.getServerPort() == 443) ? "" : ":" + request.getServerPort();
        return URI.create(request.getScheme() + "://" + request.getServerName() + port + request.getContextPath() + "/");
    }
}
