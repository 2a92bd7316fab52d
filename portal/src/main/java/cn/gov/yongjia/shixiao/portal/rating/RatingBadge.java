package cn.gov.yongjia.shixiao.portal.rating;

import cn.gov.yongjia.shixiao.schema.types.Rating;
import cn.gov.yongjia.shixiao.schema.types.RatingGrade;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Span;

/**
 * A rating at a glance: the face and the grade letter on the grade's colour, with the meaning in words for screen
 * readers (and a stale mark). Used in result rows and on the business page.
 */
public class RatingBadge extends Span {

    public RatingBadge(Rating rating, int size) {
        RatingGrade grade = rating == null ? null : rating.getGrade();
        boolean english = "en".equals(getLocale().getLanguage());
        addClassName("rating-badge");
        addClassName("rating-" + (grade == null ? "pending" : grade.name().toLowerCase()));
        getStyle().set("--rating-colour", RatingArt.colour(grade));
        Svg face = new Svg(RatingArt.face(rating == null ? null : rating.getFace(), grade, size));
        Span letter = new Span(RatingArt.letter(grade, english));
        letter.addClassName("rating-letter");
        letter.getElement().setAttribute("aria-hidden", "true");
        add(face, letter);
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", describe(rating));
        getElement().setAttribute("title", describe(rating));
        getElement().setAttribute("data-grade", grade == null ? "PENDING" : grade.name());
    }

    /** "评级 A（优秀）" or "待评：新登记…", in the reader's language. */
    public String describe(Rating rating) {
        if (rating == null || rating.getGrade() == null) {
            String reason = rating == null || rating.getPendingReason() == null ? ""
                    : getTranslation("pending." + rating.getPendingReason().name());
            return getTranslation("rating.pending") + (reason.isEmpty() ? "" : getTranslation("punct.colon") + reason);
        }
        return getTranslation("rating.label", getTranslation("grade." + rating.getGrade().name()));
    }
}
