package com.aftersales.api.statistics;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * M3: a MANAGER issues a new version of an issued report, computed at a later {@code
 * streamPosition}, for {@code reason}; {@code restatesVersion} is the version it follows (a stale
 * one is refused), and every earlier version stays as it was issued.
 */
public record RestateMonthlyReportCommand(
        @TargetAggregateIdentifier MonthlyReportId reportId,
        List<ReportFigure> figures,
        long streamPosition,
        LocalDate issuedOn,
        int restatesVersion,
        String reason) {
    public RestateMonthlyReportCommand {
        figures = figures == null ? List.of() : List.copyOf(figures);
    }
}
