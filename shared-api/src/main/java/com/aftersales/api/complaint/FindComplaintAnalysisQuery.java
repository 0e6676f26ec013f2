package com.aftersales.api.complaint;

import java.time.YearMonth;
import java.util.Objects;

/**
 * C4: the periodic analysis of the complaints registered from month {@code from} to month {@code
 * to}, both included (company zone), at most 60 months. Answered with a {@link
 * ComplaintAnalysisView}.
 */
public record FindComplaintAnalysisQuery(YearMonth from, YearMonth to) {
    public static final int MAX_MONTHS = 60;

    public FindComplaintAnalysisQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to is before from");
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
            throw new IllegalArgumentException("at most " + MAX_MONTHS + " months");
        }
    }
}
