package com.aftersales.query.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.policy.ReviewSettings;
import com.aftersales.api.review.ReviewDimension;
import com.aftersales.api.review.ReviewMetric;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** E1: a dimension scores 0 to 100 whatever its period's sums. */
class ReviewScoresTest {
    @Test
    void E1_aCorrectionAloneInItsMonthDoesNotLiftQualityAbove100() {
        // a revised quality decision in this month: -1 repeat repair, its +1 in an earlier month
        Map<ReviewDimension, BigDecimal> scores =
                ReviewScores.scores(Map.of(ReviewMetric.REPEAT_REPAIR, -1L), ReviewSettings.DEFAULTS);
        assertThat(scores.get(ReviewDimension.QUALITY)).isEqualByComparingTo("100");
    }

    @Test
    void E1_pointsOffBeyond100LeaveZero() {
        // 11 repeat repairs x 10 points = 110 points off
        Map<ReviewDimension, BigDecimal> scores =
                ReviewScores.scores(Map.of(ReviewMetric.REPEAT_REPAIR, 11L), ReviewSettings.DEFAULTS);
        assertThat(scores.get(ReviewDimension.QUALITY)).isEqualByComparingTo("0");
    }

    @Test
    void E1_onePointOffCounts() {
        // 1 QC failure x 5 points
        Map<ReviewDimension, BigDecimal> scores =
                ReviewScores.scores(Map.of(ReviewMetric.QC_FAILED, 1L), ReviewSettings.DEFAULTS);
        assertThat(scores.get(ReviewDimension.QUALITY)).isEqualByComparingTo("95");
    }
}
