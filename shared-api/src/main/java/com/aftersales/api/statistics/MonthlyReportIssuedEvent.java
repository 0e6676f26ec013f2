package com.aftersales.api.statistics;

import com.aftersales.api.common.UserId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * M3: version {@code version} of the report of {@code month} was issued with these {@code figures},
 * computed from the event stream up to and including global index {@code streamPosition}, on
 * {@code issuedOn} (company zone) by {@code issuedBy}. Version 1 is the report of the 5th (or the
 * MANAGER's before it); every later version is a restatement with its {@code reason}. Nothing ever
 * replaces an issued version: "as issued" is reproduced from {@code streamPosition}.
 */
@Revision("1")
public record MonthlyReportIssuedEvent(
        MonthlyReportId reportId,
        YearMonth month,
        int version,
        List<ReportFigure> figures,
        long streamPosition,
        LocalDate issuedOn,
        IssueTrigger trigger,
        String reason,
        UserId issuedBy) {
    public MonthlyReportIssuedEvent {
        figures = List.copyOf(figures);
    }
}
