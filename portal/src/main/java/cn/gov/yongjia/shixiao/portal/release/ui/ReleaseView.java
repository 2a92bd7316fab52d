package cn.gov.yongjia.shixiao.portal.release.ui;

import java.util.List;
import java.util.Locale;

import cn.gov.yongjia.shixiao.portal.api.PortalProperties;
import cn.gov.yongjia.shixiao.portal.layout.Formats;
import cn.gov.yongjia.shixiao.portal.layout.Language;
import cn.gov.yongjia.shixiao.portal.layout.MainLayout;
import cn.gov.yongjia.shixiao.portal.release.Citation;
import cn.gov.yongjia.shixiao.portal.release.ReleaseCatalogue;
import cn.gov.yongjia.shixiao.schema.types.Business;
import cn.gov.yongjia.shixiao.schema.types.Release;
import cn.gov.yongjia.shixiao.schema.types.ReleaseAttachment;
import cn.gov.yongjia.shixiao.schema.types.ReleaseChange;
import cn.gov.yongjia.shixiao.schema.types.ReleaseChangeKind;
import cn.gov.yongjia.shixiao.schema.types.ReleaseState;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

/**
 * A release at its permanent address {@code /releases/{global ID}} (the API's {@code permalink}): the official
 * metadata (索引号, 文号, 发布机构, dates, category, keywords, language and translation), the withdrawal notice, the
 * sanitised body in one wrapper, attachments, related businesses, the public change history, a citation line and the
 * feeds. It prints without the portal's frame. ONE GraphQL request.
 */
@Route(value = "releases", layout = MainLayout.class)
@StyleSheet("styles/releases.css")
class ReleaseView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final ReleaseCatalogue catalogue;
    private final PortalProperties properties;
    private String title = "";

    ReleaseView(ReleaseCatalogue catalogue, PortalProperties properties) {
        this.catalogue = catalogue;
        this.properties = properties;
        addClassName("page");
        addClassName("release-page");
        setId("release");
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("layout.siteName");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        Release release = (id.length() > 200 ? java.util.Optional.<Release>empty() : catalogue.byId(id))
                .orElseThrow(NotFoundException::new);
        removeAll();
        title = release.getTitle();
        H1 heading = new H1(release.getTitle());
        heading.setId("release-title");
        add(heading);
        if (release.getState() == ReleaseState.WITHDRAWN && release.getWithdrawal() != null) {
            add(withdrawal(release));
        }
        if (Boolean.TRUE.equals(release.getDemo())) {
            Paragraph demo = new Paragraph(getTranslation("release.demo"));
            demo.addClassName("hint");
            add(demo);
        }
        add(metadata(release));
        if (release.getSummary() != null && !release.getSummary().isBlank()) {
            Paragraph summary = new Paragraph(release.getSummary());
            summary.addClassName("release-summary");
            add(summary);
        }
        Div body = new Div();
        body.setId("release-body");
        body.addClassName("release-body");
        // bodyHtml is the API's sanitised rendering: the one place the portal inserts HTML it did not build
        body.getElement().setProperty("innerHTML", release.getBodyHtml());
        add(body);
        if (!release.getAttachments().isEmpty()) {
            add(attachments(release.getAttachments()));
        }
        if (!release.getBusinesses().isEmpty()) {
            add(businesses(release.getBusinesses()));
        }
        List<ReleaseChange> major = release.getChanges().stream().filter(c -> c.getKind() == ReleaseChangeKind.MAJOR).toList();
        if (!major.isEmpty()) {
            add(changes(major));
        }
        add(citation(release));
        FeedLinks feeds = new FeedLinks(properties)
                .add(getTranslation("release.feed.all"), FeedLinks.ALL)
                .add(getTranslation("release.feed.category", categoryName(release)), FeedLinks.category(release.getCategory().getCode()))
                .add(getTranslation("release.feed.issuer", issuerName(release)), FeedLinks.issuer(release.getIssuer().getCode()));
        Section feedSection = section("feeds", "release.feeds");
        feedSection.addClassName("no-print");
        feedSection.add(feeds.list());
        add(feedSection);
        feeds.intoHead(this);
    }

    private Div withdrawal(Release release) {
        Div notice = new Div();
        notice.setId("withdrawal-notice");
        notice.addClassName("notice");
        notice.addClassName("notice-warning");
        notice.getElement().setAttribute("role", "note");
        Span heading = new Span(getTranslation("release.withdrawn",
                Formats.date(release.getWithdrawal().getWithdrawnAt(), getLocale())));
        heading.addClassName("notice-title");
        notice.add(heading, new Paragraph(release.getWithdrawal().getReason()));
        return notice;
    }

    private Section metadata(Release release) {
        Section section = section("release-metadata", "release.metadata");
        var dl = new DescriptionList();
        dl.addClassName("release-metadata");
        Locale locale = getLocale();
        term(dl, "release.indexNumber", release.getIndexNumber(), "meta-index");
        if (release.getDocumentNumber() != null) {
            term(dl, "release.documentNumber", release.getDocumentNumber(), "meta-docno");
        }
        term(dl, "release.issuer", issuerName(release), "meta-issuer");
        if (release.getWrittenOn() != null) {
            term(dl, "release.writtenOn", Formats.date(release.getWrittenOn(), locale), "meta-written");
        }
        term(dl, "release.publishedOn", Formats.date(release.getPublishedAt(), locale), "meta-published");
        if (release.getEffectiveOn() != null) {
            term(dl, "release.effectiveOn", Formats.date(release.getEffectiveOn(), locale), "meta-effective");
        }
        if (release.getRepealedOn() != null) {
            term(dl, "release.repealedOn", Formats.date(release.getRepealedOn(), locale), "meta-repealed");
        }
        term(dl, "release.category", categoryName(release), "meta-category");
        if (!release.getKeywords().isEmpty()) {
            term(dl, "release.keywords", String.join(getTranslation("release.keywordSeparator"), release.getKeywords()),
                    "meta-keywords");
        }
        var language = new DescriptionList.Description(
                getTranslation("release.language." + release.getLanguage().name()));
        language.setId("meta-language");
        if (release.getTranslation() != null) {
            Anchor translation = new Anchor("releases/" + release.getTranslation().getId(),
                    getTranslation("release.translation", release.getTranslation().getTitle()));
            translation.setId("translation-link");
            translation.getElement().setAttribute("hreflang",
                    release.getTranslation().getLanguage().name().toLowerCase(Locale.ROOT));
            language.add(new Text(" · "), translation);
        }
        dl.add(new DescriptionList.Term(getTranslation("release.language")), language);
        Paragraph permalink = new Paragraph(getTranslation("release.permalink") + getTranslation("punct.colon"));
        Anchor link = new Anchor(release.getPermalink(), release.getPermalink());
        link.setId("permalink");
        permalink.add(link);
        section.add(dl, permalink);
        return section;
    }

    private void term(DescriptionList dl, String key, String value, String id) {
        var description = new DescriptionList.Description(value);
        description.setId(id);
        dl.add(new DescriptionList.Term(getTranslation(key)), description);
    }

    private Section attachments(List<ReleaseAttachment> attachments) {
        Section section = section("attachments", "release.attachments");
        UnorderedList list = new UnorderedList();
        for (ReleaseAttachment attachment : attachments) {
            Anchor download = new Anchor(attachment.getUrl(), attachment.getFileName());
            download.getElement().setAttribute("download", attachment.getFileName());
            download.getElement().setAttribute("type", attachment.getContentType());
            list.add(new ListItem(download, new Span(" · " + attachment.getContentType() + " · "
                    + size(attachment.getSize()))));
        }
        section.add(list);
        return section;
    }

    private String size(int bytes) {
        if (bytes < 1024) {
            return getTranslation("release.bytes", Formats.number(bytes, getLocale()));
        }
        if (bytes < 1024 * 1024) {
            return getTranslation("release.kilobytes", Formats.decimal(bytes / 1024.0, 1, getLocale()));
        }
        return getTranslation("release.megabytes", Formats.decimal(bytes / (1024.0 * 1024), 1, getLocale()));
    }

    private Section businesses(List<Business> businesses) {
        Section section = section("related-businesses", "release.businesses");
        UnorderedList list = new UnorderedList();
        for (Business business : businesses) {
            list.add(new ListItem(new Anchor("business/" + business.getId(),
                    business.getShopSignName() != null ? business.getShopSignName() : business.getName())));
        }
        section.add(list);
        return section;
    }

    private Section changes(List<ReleaseChange> changes) {
        Section section = section("change-history", "release.changes");
        UnorderedList list = new UnorderedList();
        for (ReleaseChange change : changes) {
            list.add(new ListItem(Formats.date(change.getChangedAt(), getLocale())
                    + (change.getNote() == null ? "" : " · " + change.getNote())));
        }
        section.add(list);
        return section;
    }

    private Section citation(Release release) {
        Section section = section("citation", "release.citation");
        Paragraph line = new Paragraph(Citation.of(release, Language.of(getLocale()) == Language.ENGLISH));
        line.setId("citation-line");
        line.addClassName("citation");
        section.add(line);
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

    private String categoryName(Release release) {
        return Language.of(getLocale()) == Language.ENGLISH ? release.getCategory().getNameEn() : release.getCategory().getName();
    }

    private String issuerName(Release release) {
        return Language.of(getLocale()) == Language.ENGLISH ? release.getIssuer().getNameEn() : release.getIssuer().getName();
    }
}
