package cn.gov.yongjia.shixiao.portal.business;

import java.time.Duration;
import java.util.Locale;

import cn.gov.yongjia.shixiao.portal.api.ApiUnavailableException;
import cn.gov.yongjia.shixiao.portal.layout.Formats;
import cn.gov.yongjia.shixiao.portal.layout.Language;
import cn.gov.yongjia.shixiao.portal.layout.PortalTranslations;
import cn.gov.yongjia.shixiao.portal.rating.RatingArt;
import cn.gov.yongjia.shixiao.schema.types.Business;
import cn.gov.yongjia.shixiao.schema.types.Rating;
import cn.gov.yongjia.shixiao.schema.types.RatingGrade;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The embeddable badge, {@code /badge/{id}.svg} ({@code ?lang=en} for English): the business's CURRENT rating, read
 * from the API on every request (cached by browsers for five minutes), so a badge on a shop's web page never shows
 * an old grade. Unknown businesses get 404; when the API is down, a plain "unavailable" badge with 503, never an old
 * rating.
 */
@RestController
class BadgeController {

    private static final MediaType SVG = MediaType.valueOf("image/svg+xml;charset=UTF-8");

    private final BusinessProfile profiles;
    private final PortalTranslations translations;

    BadgeController(BusinessProfile profiles, PortalTranslations translations) {
        this.profiles = profiles;
        this.translations = translations;
    }

    @GetMapping("/badge/{id}.svg")
    ResponseEntity<String> badge(@PathVariable String id, @RequestParam(defaultValue = "zh") String lang) {
        Language language = Language.ofCode(lang).orElse(Language.CHINESE);
        Business business;
        try {
            business = profiles.forBadge(id).orElse(null);
        } catch (ApiUnavailableException e) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(SVG)
                    .cacheControl(CacheControl.noStore()).body(svg("—", null, null, "…", language));
        }
        if (business == null) {
            return ResponseEntity.notFound().build();
        }
        Rating rating = business.getRating();
        Locale locale = language.locale();
        String name = business.getShopSignName() != null ? business.getShopSignName() : business.getName();
        String detail = rating.getGrade() == null
                ? translations.getTranslation("badge.pending", locale)
                : translations.getTranslation("badge.ratedOn", locale, Formats.date(rating.getRatedOn(), locale));
        return ResponseEntity.ok().contentType(SVG)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .header("Access-Control-Allow-Origin", "*")
                .body(svg(name, rating, rating.getGrade(), detail, language));
    }

    private String svg(String name, Rating rating, RatingGrade grade, String detail, Language language) {
        Locale locale = language.locale();
        String title = translations.getTranslation("badge.title", locale);
        String meaning = grade == null ? translations.getTranslation("rating.pending", locale)
                : translations.getTranslation("grade." + grade.name(), locale);
        String colour = RatingArt.colour(grade);
        String label = RatingArt.escape(name + " · " + title + " " + meaning + " · " + detail);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"280\" height=\"72\" viewBox=\"0 0 280 72\" role=\"img\""
                + " aria-label=\"" + label + "\" lang=\"" + language.htmlLang() + "\"><title>" + label + "</title>"
                + "<rect x=\"1\" y=\"1\" width=\"278\" height=\"70\" rx=\"8\" fill=\"#ffffff\" stroke=\"" + colour + "\" stroke-width=\"2\"/>"
                + "<rect x=\"1\" y=\"1\" width=\"70\" height=\"70\" rx=\"7\" fill=\"" + colour + "\"/>"
                + RatingArt.faceShapes(rating == null ? null : rating.getFace(),
                        rating == null || rating.getFace() == null ? "none" : "#ffffff",
                        rating == null || rating.getFace() == null ? "#ffffff" : colour, 4, 22, 1.2)
                + "<text x=\"52\" y=\"44\" font-family=\"sans-serif\" font-size=\"22\" font-weight=\"700\" fill=\"#ffffff\""
                + " text-anchor=\"middle\">" + RatingArt.escape(RatingArt.letter(grade, language == Language.ENGLISH)) + "</text>"
                + "<text x=\"82\" y=\"22\" font-family=\"sans-serif\" font-size=\"12\" fill=\"#4a5058\">"
                + RatingArt.escape(title + " · " + detail) + "</text>"
                + "<text x=\"82\" y=\"42\" font-family=\"sans-serif\" font-size=\"15\" font-weight=\"700\" fill=\"#1f2328\">"
                + RatingArt.escape(meaning) + "</text>"
                + "<text x=\"82\" y=\"62\" font-family=\"sans-serif\" font-size=\"11\" fill=\"#4a5058\">"
                + RatingArt.escape(abbreviate(name, 16)) + "</text></svg>";
    }

    private static String abbreviate(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
