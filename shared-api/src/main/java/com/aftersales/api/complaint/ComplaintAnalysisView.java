package com.aftersales.api.complaint;

import java.time.YearMonth;
import java.util.List;

/**
 * C4: the periodic analysis of the complaints registered in months {@code from}..{@code to}:
 * {@code registered} in all, counted by the category in force (the review's, else the
 * registration's), by the cause the analysis found, by the engineer and by the product model they
 * concern (most first; complaints without one are left out of that count), and month by month as
 * the trend, every month of the period listed, empty ones too.
 */
public record ComplaintAnalysisView(
        YearMonth from,
        YearMonth to,
        long registered,
        List<Count> byCategory,
        List<Count> byCause,
        List<Count> byEngineer,
        List<Count> byProduct,
        List<Month> trend) {

    public ComplaintAnalysisView {
        byCategory = List.copyOf(byCategory);
        byCause = List.copyOf(byCause);
        byEngineer = List.copyOf(byEngineer);
        byProduct = List.copyOf(byProduct);
        trend = List.copyOf(trend);
    }

    /** How many complaints have {@code key} (a category or cause name, an engineer's id, a model). */
    public record Count(String key, long count) {}

    /**
     * One month of the trend, by month of registration: registered, accepted and rejected at the
     * review, feedback given late, and feedback that missed its due day (given late, recorded overdue, or due
     * and not given now).
     */
    public record Month(
            YearMonth month, long registered, long accepted, long rejected, long feedbackLate, long overdue) {}

    /** The count of {@code key} in {@code counts}, 0 when absent. */
    public static long countOf(List<Count> counts, String key) {
        return counts.stream()
                .filter(c -> c.key().equals(key))
                .mapToLong(Count::count)
                .sum();
    }
}
