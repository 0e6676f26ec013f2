package com.aftersales.api.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** One issued version of a month's report, as its {@link MonthlyReportIssuedEvent} recorded it. */
public record IssuedReportView(
        YearMonth month,
        int version,
        long streamPosition,
        List<ReportFigure> figures,
        LocalDate issuedOn,
        IssueTrigger trigger,
        String reason,
        String issuedBy,
        String role,
        Instant issuedAt) {
    public IssuedReportView {
        figures = List.copyOf(figures);
    }
}
