package com.aftersales.api.review;

import java.math.BigDecimal;
import java.util.Map;

/**
 * E1, E3: one engineer's review of a period: every metric's sum (facts removed by a dispute left
 * out), the score 0–100 of each dimension, the weighted total, the rank among the engineers of the
 * period (ties share a rank) and the number of penalties imposed on them in the period.
 */
public record EngineerReviewRow(
        String engineerId,
        Map<ReviewMetric, Long> metrics,
        Map<ReviewDimension, BigDecimal> scores,
        BigDecimal total,
        int rank,
        int penalties) {

    public EngineerReviewRow {
        metrics = Map.copyOf(metrics);
        scores = Map.copyOf(scores);
    }

    public long metric(ReviewMetric metric) {
        return metrics.getOrDefault(metric, 0L);
    }

    public BigDecimal score(ReviewDimension dimension) {
        return scores.get(dimension);
    }
}
