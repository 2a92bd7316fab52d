package cn.gov.yongjia.shixiao.graphqlapi.rating;

import java.time.LocalDate;

import cn.gov.yongjia.shixiao.schema.types.PendingReason;
import cn.gov.yongjia.shixiao.schema.types.RatingFace;
import cn.gov.yongjia.shixiao.schema.types.RatingGrade;

/**
 * A rating as the {@link RatingPolicy} computes it: a grade and face resting on one inspection, or pending with a
 * reason.
 */
public record Rating(RatingGrade grade, RatingFace face, Integer score, LocalDate ratedOn, LocalDate validUntil,
                     boolean stale, boolean pending, PendingReason pendingReason, Long basedOnInspectionKey) {

    static Rating pending(PendingReason reason, Long basedOn) {
        return new Rating(null, null, null, null, null, false, true, reason, basedOn);
    }
}
