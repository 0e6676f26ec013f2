package com.aftersales.api.review;

import java.time.YearMonth;
import java.util.Objects;

/** E1, E3: the review of the months {@code from} to {@code to}, both included, for every engineer. */
public record FindPeriodReviewQuery(YearMonth from, YearMonth to) {
    public FindPeriodReviewQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a review period runs from a month to the same or a later one");
        }
    }
}
