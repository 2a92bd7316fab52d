package cn.gov.yongjia.shixiao.graphqlapi.rating;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

import cn.gov.yongjia.shixiao.schema.types.RatingFace;
import cn.gov.yongjia.shixiao.schema.types.RatingGrade;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rating scheme, configurable by the county: score bands (highest first), how long a rating is valid, and after
 * how long without an inspection it is flagged stale. Below the lowest band a business must rectify.
 */
@ConfigurationProperties("yongjia.rating")
public record RatingProperties(List<Band> bands, @DefaultValue("12") int validityMonths,
                               @DefaultValue("12") int staleAfterMonths) {

    /** A band: from {@code minScore} (inclusive) up to the next band. */
    public record Band(RatingGrade grade, RatingFace face, int minScore, String label, String labelEn) {
    }

    public RatingProperties {
        if (bands == null || bands.isEmpty()) {
            bands = List.of(
                    new Band(RatingGrade.A, RatingFace.SMILE, 90, "优秀", "Excellent"),
                    new Band(RatingGrade.B, RatingFace.NEUTRAL, 75, "良好", "Good"),
                    new Band(RatingGrade.C, RatingFace.FROWN, 60, "一般", "Fair"));
        }
        bands = bands.stream().sorted(Comparator.comparingInt(Band::minScore).reversed()).toList();
        if (new HashSet<>(bands.stream().map(Band::grade).toList()).size() != bands.size()
                || bands.stream().anyMatch(b -> b.grade() == RatingGrade.RECTIFY)) {
            throw new IllegalArgumentException("yongjia.rating.bands: each grade once; RECTIFY is what lies below them");
        }
        if (validityMonths < 1 || staleAfterMonths < 1) {
            throw new IllegalArgumentException("yongjia.rating: validity-months and stale-after-months must be positive");
        }
    }
}
