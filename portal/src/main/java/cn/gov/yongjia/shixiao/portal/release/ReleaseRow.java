package cn.gov.yongjia.shixiao.portal.release;

import cn.gov.yongjia.shixiao.portal.layout.Formats;
import cn.gov.yongjia.shixiao.portal.layout.Language;
import cn.gov.yongjia.shixiao.schema.types.Release;
import cn.gov.yongjia.shixiao.schema.types.ReleaseState;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * One release in a list (the release list, the home page, a business's page): its title linking to its permanent
 * page, then 索引号, 发布机构, 发布日期 and category, and a marker when it was withdrawn. The fields it needs are
 * {@link ReleaseCatalogue#row}'s.
 */
public class ReleaseRow extends ListItem {

    /** @param highlightedTitle the API's HTML-escaped title with matches in {@code <em>}, or null */
    public ReleaseRow(Release release, String highlightedTitle) {
        addClassName("release-row");
        boolean english = Language.of(getLocale()) == Language.ENGLISH;
        Anchor title = new Anchor("releases/" + release.getId(), "");
        if (highlightedTitle != null) {
            title.getElement().setProperty("innerHTML", highlightedTitle);
        } else {
            title.setText(release.getTitle());
        }
        title.addClassName("release-title");
        H3 heading = new H3(title);
        if (release.getState() == ReleaseState.WITHDRAWN) {
            Span withdrawn = new Span(getTranslation("release.withdrawnMarker"));
            withdrawn.addClassName("withdrawn-marker");
            heading.add(new Text(" "), withdrawn);
        }
        if (release.getLanguage() != null && (release.getLanguage().name().equals("EN")) != english) {
            Span language = new Span(getTranslation("release.language." + release.getLanguage().name()));
            language.addClassName("language-marker");
            heading.add(new Text(" "), language);
        }
        Paragraph meta = new Paragraph();
        meta.addClassName("release-meta");
        meta.add(field("release.indexNumber", release.getIndexNumber(), "release-index"),
                field("release.issuer", english ? release.getIssuer().getNameEn() : release.getIssuer().getName(), null),
                field("release.publishedOn", Formats.date(release.getPublishedAt(), getLocale()), null),
                field("release.category", english ? release.getCategory().getNameEn() : release.getCategory().getName(), null));
        if (release.getDocumentNumber() != null) {
            meta.add(field("release.documentNumber", release.getDocumentNumber(), "release-docno"));
        }
        add(heading, meta);
    }

    private Span field(String labelKey, String value, String className) {
        Span span = new Span(getTranslation(labelKey) + getTranslation("punct.colon") + value);
        span.addClassName("release-field");
        if (className != null) {
            span.addClassName(className);
        }
        return span;
    }
}
