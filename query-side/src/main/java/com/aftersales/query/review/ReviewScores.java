package com.aftersales.query.review;

import static com.aftersales.api.review.ReviewMetric.ARRIVALS;
import static com.aftersales.api.review.ReviewMetric.ARRIVALS_ON_TIME;
import static com.aftersales.api.review.ReviewMetric.COMPLAINT_ACCEPTED;
import static com.aftersales.api.review.ReviewMetric.QC_FAILED;
import static com.aftersales.api.review.ReviewMetric.RATINGS;
import static com.aftersales.api.review.ReviewMetric.RATING_POINTS;
import static com.aftersales.api.review.ReviewMetric.REPEAT_REPAIR;
import static com.aftersales.api.review.ReviewMetric.SLA_BREACHED;
import static com.aftersales.api.review.ReviewMetric.SLA_CLOCKS;

import com.aftersales.api.policy.ReviewSettings;
import com.aftersales.api.review.ReviewDimension;
import com.aftersales.api.review.ReviewMetric;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * E1, E2: the scores of one engineer's period from its metric sums (docs/domain/engineer-reviews.md):
 *
 * <ul>
 *   <li>QUALITY = max(0, 100 − pointsPerRepeatRepair × REPEAT_REPAIR − pointsPerQcFailure × QC_FAILED)
 *   <li>ATTITUDE = max(0, 100 − pointsPerAcceptedComplaint × COMPLAINT_ACCEPTED)
 *   <li>SPEED = 100 × max(0, SLA_CLOCKS − SLA_BREACHED + ARRIVALS_ON_TIME) / (SLA_CLOCKS + ARRIVALS), at
 *       most 100; 100 without clocks or arrivals
 *   <li>SATISFACTION = 100 × (RATING_POINTS − RATINGS) / (4 × RATINGS), a rating of 1 being 0 and of 5
 *       being 100; 100 without ratings
 *   <li>total = Σ weight × score / 100
 * </ul>
 *
 * Every score and the total are rounded half up to two decimals.
 */
public final class ReviewScores {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReviewScores() {}

    public static Map<ReviewDimension, BigDecimal> scores(Map<ReviewMetric, Long> sums, ReviewSettings settings) {
        Map<ReviewDimension, BigDecimal> scores = new EnumMap<>(ReviewDimension.class);
        scores.put(
                ReviewDimension.QUALITY,
                pointsOff(settings.pointsPerRepeatRepair() * sum(sums, REPEAT_REPAIR)
                        + settings.pointsPerQcFailure() * sum(sums, QC_FAILED)));
        scores.put(
                ReviewDimension.ATTITUDE,
                pointsOff(settings.pointsPerAcceptedComplaint() * sum(sums, COMPLAINT_ACCEPTED)));
        long speedBase = sum(sums, SLA_CLOCKS) + sum(sums, ARRIVALS);
        long speedMet = Math.max(0, sum(sums, SLA_CLOCKS) - sum(sums, SLA_BREACHED) + sum(sums, ARRIVALS_ON_TIME));
        scores.put(
                ReviewDimension.SPEED,
                speedBase == 0 ? scale(HUNDRED) : ratio(speedMet, speedBase).min(scale(HUNDRED)));
        long ratings = sum(sums, RATINGS);
        scores.put(
                ReviewDimension.SATISFACTION,
                ratings == 0 ? scale(HUNDRED) : ratio(sum(sums, RATING_POINTS) - ratings, 4 * ratings));
        return scores;
    }

    public static BigDecimal total(Map<ReviewDimension, BigDecimal> scores, ReviewSettings settings) {
        BigDecimal weighted = scores.get(ReviewDimension.QUALITY)
                .multiply(BigDecimal.valueOf(settings.qualityWeight()))
                .add(scores.get(ReviewDimension.ATTITUDE).multiply(BigDecimal.valueOf(settings.attitudeWeight())))
                .add(scores.get(ReviewDimension.SPEED).multiply(BigDecimal.valueOf(settings.speedWeight())))
                .add(scores.get(ReviewDimension.SATISFACTION)
                        .multiply(BigDecimal.valueOf(settings.satisfactionWeight())));
        return weighted.divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    private static long sum(Map<ReviewMetric, Long> sums, ReviewMetric metric) {
        return sums.getOrDefault(metric, 0L);
    }

    /**
     * 100 less the points off, kept within 0 to 100: a correction in a later month (a revised
     * quality decision's -1) can leave a period with fewer than no points off.
     */
    private static BigDecimal pointsOff(long points) {
        return scale(BigDecimal.valueOf(Math.min(100, Math.max(0, 100 - points))));
    }

    private static BigDecimal ratio(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator)
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal scale(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
