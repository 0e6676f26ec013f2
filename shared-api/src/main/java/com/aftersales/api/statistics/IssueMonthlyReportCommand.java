package com.aftersales.api.statistics;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * M1–M3: issue the first version of a month's report with the {@code figures} computed at event
 * {@code streamPosition} (the global index of the last event they include), on {@code issuedOn}
 * (company zone), by the job of the 5th ({@link IssueTrigger#SCHEDULED}) or a MANAGER before it
 * ({@link IssueTrigger#ON_DEMAND}).
 */
public record IssueMonthlyReportCommand(
        @TargetAggregateIdentifier MonthlyReportId reportId,
        List<ReportFigure> figures,
        long streamPosition,
        LocalDate issuedOn,
        IssueTrigger trigger) {
    public IssueMonthlyReportCommand {
        figures = figures == null ? List.of() : List.copyOf(figures);
    }
}
