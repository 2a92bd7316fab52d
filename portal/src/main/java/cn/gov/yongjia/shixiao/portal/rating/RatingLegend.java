package cn.gov.yongjia.shixiao.portal.rating;

import cn.gov.yongjia.shixiao.portal.layout.Language;
import cn.gov.yongjia.shixiao.schema.types.Rating;
import cn.gov.yongjia.shixiao.schema.types.RatingBand;
import cn.gov.yongjia.shixiao.schema.types.RatingScheme;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * The legend of the rating scheme, as the API gives it ({@code ratingScheme}): every grade with its face, band and
 * name, how long a rating is valid and when it is flagged stale, and what pending means.
 */
public class RatingLegend extends Div {

    public RatingLegend(RatingScheme scheme, String headingId) {
        addClassName("rating-legend");
        setId("rating-legend");
        boolean english = Language.of(getLocale()) == Language.ENGLISH;
        H2 heading = new H2(getTranslation("legend.title"));
        heading.setId(headingId);
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", headingId);
        DescriptionList bands = new DescriptionList();
        for (RatingBand band : scheme.getBands()) {
            Rating example = new Rating();
            example.setGrade(band.getGrade());
            example.setFace(band.getFace());
            var term = new DescriptionList.Term(new RatingBadge(example, 28));
            var meaning = new DescriptionList.Description(new Span(english ? band.getLabelEn() : band.getLabel()),
                    new Span(" " + getTranslation("legend.band", band.getMinScore())));
            bands.add(term, meaning);
        }
        int lowest = scheme.getBands().stream().mapToInt(RatingBand::getMinScore).min().orElse(60);
        Rating rectify = new Rating();
        rectify.setGrade(cn.gov.yongjia.shixiao.schema.types.RatingGrade.RECTIFY);
        rectify.setFace(cn.gov.yongjia.shixiao.schema.types.RatingFace.FROWN);
        bands.add(new DescriptionList.Term(new RatingBadge(rectify, 28)),
                new DescriptionList.Description(getTranslation("legend.rectify", lowest)));
        Rating pending = new Rating();
        bands.add(new DescriptionList.Term(new RatingBadge(pending, 28)),
                new DescriptionList.Description(getTranslation("legend.pending")));
        add(heading, bands,
                new Paragraph(english ? scheme.getExplanationEn() : scheme.getExplanation()),
                new Paragraph(getTranslation("legend.validity", scheme.getValidityMonths(), scheme.getStaleAfterMonths())));
    }
}
