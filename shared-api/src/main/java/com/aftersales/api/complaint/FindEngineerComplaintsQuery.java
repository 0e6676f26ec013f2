package com.aftersales.api.complaint;

import com.aftersales.api.common.UserId;
import java.time.YearMonth;
import java.util.Objects;

/**
 * C4: the complaints about one engineer registered from month {@code from} to month {@code to}
 * (both included, company zone; either null: unbounded), newest first, for their performance
 * review; {@link ComplaintSummaryView#accepted()} marks the ones the review found authentic and
 * reasonable. Answered with a list of {@link ComplaintSummaryView}.
 */
public record FindEngineerComplaintsQuery(UserId engineerId, YearMonth from, YearMonth to) {
    public FindEngineerComplaintsQuery {
        Objects.requireNonNull(engineerId, "engineerId");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to is before from");
        }
    }
}
