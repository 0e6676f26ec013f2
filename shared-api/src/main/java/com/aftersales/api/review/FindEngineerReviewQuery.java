package com.aftersales.api.review;

import com.aftersales.api.common.UserId;
import java.time.YearMonth;
import java.util.Objects;

/** E1–E3: one engineer's review of the months {@code from} to {@code to}, down to every fact. */
public record FindEngineerReviewQuery(UserId engineerId, YearMonth from, YearMonth to) {
    public FindEngineerReviewQuery {
        Objects.requireNonNull(engineerId, "engineerId");
        new FindPeriodReviewQuery(from, to);
    }
}
