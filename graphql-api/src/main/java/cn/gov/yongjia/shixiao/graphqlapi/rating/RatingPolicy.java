package cn.gov.yongjia.shixiao.graphqlapi.rating;

import java.time.LocalDate;
import java.util.List;

import cn.gov.yongjia.shixiao.schema.types.BusinessStatus;
import cn.gov.yongjia.shixiao.schema.types.PendingReason;
import cn.gov.yongjia.shixiao.schema.types.PublicationStatus;
import cn.gov.yongjia.shixiao.schema.types.RatingFace;
import cn.gov.yongjia.shixiao.schema.types.RatingGrade;
import org.springframework.stereotype.Component;

/**
 * Turns published inspections into ratings. The current rating rests on the newest public inspection: its total
 * score falls into a band (grade and face), it is valid for a set number of months, and it is flagged stale when no
 * inspection followed for too long. A rating is pending, with a reason, for a business awaiting its first
 * inspection, whose newest inspection is under appeal, or that is suspended or closed.
 */
@Component
public class RatingPolicy {

    /** What the policy needs of an inspection. */
    public record Scored(long inspectionKey, LocalDate inspectedOn, int totalScore, PublicationStatus status) {
    }

    private final RatingProperties scheme;

    public RatingPolicy(RatingProperties scheme) {
        this.scheme = scheme;
    }

    public RatingProperties scheme() {
        return scheme;
    }

    /**
     * The current rating of a business.
     *
     * @param publicInspections its public inspections, newest first (drafts never count)
     */
    public Rating current(BusinessStatus status, List<Scored> allPublic, LocalDate today) {
        // an inspection annulled after an appeal stays on record but never rates the business
        List<Scored> publicInspections = allPublic.stream().filter(s -> s.status() != PublicationStatus.ANNULLED).toList();
        Long newestKey = publicInspections.isEmpty() ? null : publicInspections.getFirst().inspectionKey();
        if (status == BusinessStatus.CLOSED) {
            return Rating.pending(PendingReason.CLOSED, newestKey);
        }
        if (status == BusinessStatus.SUSPENDED) {
            return Rating.pending(PendingReason.SUSPENDED, newestKey);
        }
        if (publicInspections.isEmpty()) {
            return Rating.pending(PendingReason.AWAITING_FIRST_INSPECTION, null);
        }
        Scored newest = publicInspections.getFirst();
        if (newest.status() == PublicationStatus.UNDER_APPEAL) {
            return Rating.pending(PendingReason.UNDER_APPEAL, newest.inspectionKey());
        }
        return rate(newest, today);
    }

    /** The rating one public inspection gives, as of {@code today} (for history: each inspection as it was rated). */
    public Rating rate(Scored inspection, LocalDate today) {
        RatingProperties.Band band = scheme.bands().stream()
                .filter(b -> inspection.totalScore() >= b.minScore())
                .findFirst()
                .orElse(null);
        RatingGrade grade = band == null ? RatingGrade.RECTIFY : band.grade();
        RatingFace face = band == null ? RatingFace.FROWN : band.face();
        LocalDate validUntil = inspection.inspectedOn().plusMonths(scheme.validityMonths());
        boolean stale = inspection.inspectedOn().isBefore(today.minusMonths(scheme.staleAfterMonths()));
        return new Rating(grade, face, inspection.totalScore(), inspection.inspectedOn(), validUntil, stale, false, null,
                inspection.inspectionKey());
    }
}
