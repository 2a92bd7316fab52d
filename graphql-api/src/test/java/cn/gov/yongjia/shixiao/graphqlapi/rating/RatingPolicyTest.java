package cn.gov.yongjia.shixiao.graphqlapi.rating;

import java.time.LocalDate;
import java.util.List;

import cn.gov.yongjia.shixiao.schema.types.BusinessStatus;
import cn.gov.yongjia.shixiao.schema.types.PendingReason;
import cn.gov.yongjia.shixiao.schema.types.PublicationStatus;
import cn.gov.yongjia.shixiao.schema.types.RatingFace;
import cn.gov.yongjia.shixiao.schema.types.RatingGrade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RatingPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private final RatingPolicy policy = new RatingPolicy(new RatingProperties(null, 12, 12));

    private static RatingPolicy.Scored published(long key, LocalDate on, int score) {
        return new RatingPolicy.Scored(key, on, score, PublicationStatus.PUBLISHED);
    }

    @ParameterizedTest(name = "{0} points: {1} {2}")
    @CsvSource({"100, A, SMILE", "90, A, SMILE", "89, B, NEUTRAL", "75, B, NEUTRAL", "74, C, FROWN", "60, C, FROWN",
            "59, RECTIFY, FROWN", "0, RECTIFY, FROWN"})
    void scoresFallIntoBands(int score, RatingGrade grade, RatingFace face) {
        Rating rating = policy.current(BusinessStatus.OPEN, List.of(published(1, TODAY.minusDays(3), score)), TODAY);

        assertThat(rating.pending()).isFalse();
        assertThat(rating.grade()).isEqualTo(grade);
        assertThat(rating.face()).isEqualTo(face);
        assertThat(rating.score()).isEqualTo(score);
    }

    @Test
    void theNewestPublicInspectionCountsAndTheRatingIsValidForAYear() {
        LocalDate newest = LocalDate.of(2026, 9, 1);
        Rating rating = policy.current(BusinessStatus.OPEN,
                List.of(published(7, newest, 78), published(3, LocalDate.of(2025, 9, 1), 95)), TODAY);

        assertThat(rating.grade()).isEqualTo(RatingGrade.B);
        assertThat(rating.ratedOn()).isEqualTo(newest);
        assertThat(rating.validUntil()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(rating.basedOnInspectionKey()).isEqualTo(7L);
        assertThat(rating.stale()).isFalse();
    }

    @Test
    void aRatingWithoutARecentInspectionIsFlaggedStale() {
        assertThat(policy.current(BusinessStatus.OPEN, List.of(published(1, TODAY.minusMonths(12).minusDays(1), 95)), TODAY).stale())
                .isTrue();
        assertThat(policy.current(BusinessStatus.OPEN, List.of(published(1, TODAY.minusMonths(12), 95)), TODAY).stale())
                .isFalse();
    }

    @Test
    void pendingStatesSayWhy() {
        assertThat(policy.current(BusinessStatus.OPEN, List.of(), TODAY))
                .extracting(Rating::pending, Rating::pendingReason, Rating::grade)
                .containsExactly(true, PendingReason.AWAITING_FIRST_INSPECTION, null);
        assertThat(policy.current(BusinessStatus.OPEN,
                List.of(new RatingPolicy.Scored(5, TODAY, 40, PublicationStatus.UNDER_APPEAL), published(4, TODAY.minusMonths(6), 92)),
                TODAY))
                .extracting(Rating::pendingReason, Rating::basedOnInspectionKey)
                .containsExactly(PendingReason.UNDER_APPEAL, 5L);
        assertThat(policy.current(BusinessStatus.SUSPENDED, List.of(published(4, TODAY, 92)), TODAY).pendingReason())
                .isEqualTo(PendingReason.SUSPENDED);
        assertThat(policy.current(BusinessStatus.CLOSED, List.of(published(4, TODAY, 92)), TODAY).pendingReason())
                .isEqualTo(PendingReason.CLOSED);
    }

    @Test
    void anAnnulledInspectionNeverRates() {
        Rating rating = policy.current(BusinessStatus.OPEN, List.of(
                new RatingPolicy.Scored(9, TODAY.minusDays(1), 20, PublicationStatus.ANNULLED),
                published(8, TODAY.minusMonths(2), 80)), TODAY);

        assertThat(rating.grade()).isEqualTo(RatingGrade.B);
        assertThat(rating.basedOnInspectionKey()).isEqualTo(8L);
        assertThat(policy.current(BusinessStatus.OPEN,
                List.of(new RatingPolicy.Scored(9, TODAY, 20, PublicationStatus.ANNULLED)), TODAY).pendingReason())
                .isEqualTo(PendingReason.AWAITING_FIRST_INSPECTION);
    }

    @Test
    void bandsAreConfigurable() {
        RatingPolicy strict = new RatingPolicy(new RatingProperties(List.of(
                new RatingProperties.Band(RatingGrade.A, RatingFace.SMILE, 95, "优", "Top"),
                new RatingProperties.Band(RatingGrade.B, RatingFace.NEUTRAL, 85, "良", "Good")), 6, 3));

        assertThat(strict.rate(published(1, TODAY, 94), TODAY).grade()).isEqualTo(RatingGrade.B);
        assertThat(strict.rate(published(1, TODAY, 84), TODAY).grade()).isEqualTo(RatingGrade.RECTIFY);
        assertThat(strict.rate(published(1, TODAY, 95), TODAY).validUntil()).isEqualTo(TODAY.plusMonths(6));
        assertThat(strict.rate(published(1, TODAY.minusMonths(4), 95), TODAY).stale()).isTrue();
    }

    @Test
    void aSchemeWithARepeatedGradeIsRefused() {
        assertThatThrownBy(() -> new RatingProperties(List.of(
                new RatingProperties.Band(RatingGrade.A, RatingFace.SMILE, 95, "优", "Top"),
                new RatingProperties.Band(RatingGrade.A, RatingFace.NEUTRAL, 85, "良", "Good")), 12, 12))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
