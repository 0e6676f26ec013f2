package com.aftersales.command.statistics;

import static com.aftersales.command.statistics.MonthlyReportRule.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.Role;
import com.aftersales.api.common.UserId;
import com.aftersales.api.statistics.IssueMonthlyReportCommand;
import com.aftersales.api.statistics.IssueTrigger;
import com.aftersales.api.statistics.MonthlyReportId;
import com.aftersales.api.statistics.MonthlyReportIssuedEvent;
import com.aftersales.api.statistics.ReportFigure;
import com.aftersales.api.statistics.RestateMonthlyReportCommand;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The report of one month (M1–M3). Version 1 is issued once: by the system's job on or after the
 * 5th of the next month (SCHEDULED), or by a MANAGER on demand once the month is over (ON_DEMAND).
 * Issuing it again is refused as {@code M3_ALREADY_ISSUED}, which the job reads as "done already".
 * A MANAGER restates an issued report as the next version, computed at a later stream position,
 * with a reason; no version ever replaces another.
 */
@Aggregate
public class MonthlyReport {
    /** M1: the previous month's figures are due by this day of the next month. */
    static final int DUE_DAY = 5;

    @AggregateIdentifier
    private MonthlyReportId reportId;

    private int version;
    private long streamPosition;

    protected MonthlyReport() {
        // for event sourcing, and for the first issue (created if missing)
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(
            IssueMonthlyReportCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        YearMonth month = command.reportId().month();
        require(
                version == 0,
                MonthlyReportRule.M3_ALREADY_ISSUED,
                "M3: the report of " + month + " is issued already (version " + version
                        + "); a correction is a restatement");
        IssueTrigger trigger = command.trigger();
        require(
                trigger == IssueTrigger.SCHEDULED || trigger == IssueTrigger.ON_DEMAND,
                MonthlyReportRule.M3_TRIGGER_NOT_AN_ISSUE,
                "M3: a report is issued on schedule or on demand, not " + trigger);
        if (trigger == IssueTrigger.SCHEDULED) {
            require(
                    ActorMetadata.SYSTEM_ROLE.equals(role),
                    MonthlyReportRule.M3_SCHEDULED_BY_SYSTEM_ONLY,
                    "M3: the scheduled report is the system's job, not " + role + "'s");
            LocalDate due = month.plusMonths(1).atDay(DUE_DAY);
            require(
                    command.issuedOn() != null && !command.issuedOn().isBefore(due),
                    MonthlyReportRule.M3_SCHEDULED_BEFORE_THE_5TH,
                    "M1: the scheduled report of " + month + " is issued on " + due + " or later");
        } else {
            require(
                    Role.MANAGER.name().equals(role),
                    MonthlyReportRule.M3_ON_DEMAND_BY_MANAGER_ONLY,
                    "M3: a MANAGER issues a report on demand, not " + role);
        }
        requireMonthOver(month, command.issuedOn());
        requireFigures(command.figures());
        require(
                command.streamPosition() >= 0,
                MonthlyReportRule.M3_NEGATIVE_POSITION,
                "M3: the figures are computed at a stream position, not at " + command.streamPosition());
        apply(new MonthlyReportIssuedEvent(
                command.reportId(),
                month,
                1,
                command.figures(),
                command.streamPosition(),
                command.issuedOn(),
                trigger,
                null,
                new UserId(actor)));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(
            RestateMonthlyReportCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        YearMonth month = command.reportId().month();
        require(
                version > 0,
                MonthlyReportRule.M3_NOT_ISSUED,
                "M3: the report of " + month + " is not issued yet; only an issued report is restated");
        require(
                Role.MANAGER.name().equals(role),
                MonthlyReportRule.M3_RESTATEMENT_BY_MANAGER_ONLY,
                "M3: a MANAGER restates a report, not " + role);
        require(
                command.reason() != null && !command.reason().isBlank(),
                MonthlyReportRule.M3_RESTATEMENT_REASON_REQUIRED,
                "M3: say why the report is restated");
        require(
                command.restatesVersion() == version,
                MonthlyReportRule.M3_RESTATEMENT_STALE,
                "M3: the report is at version " + version + ", not " + command.restatesVersion()
                        + "; read it again before restating");
        require(
                command.streamPosition() > streamPosition,
                MonthlyReportRule.M3_RESTATEMENT_POSITION_NOT_LATER,
                "M3: version " + version + " was computed at position " + streamPosition
                        + "; a restatement is computed later, not at " + command.streamPosition());
        requireMonthOver(month, command.issuedOn());
        requireFigures(command.figures());
        apply(new MonthlyReportIssuedEvent(
                reportId,
                month,
                version + 1,
                command.figures(),
                command.streamPosition(),
                command.issuedOn(),
                IssueTrigger.RESTATEMENT,
                command.reason().strip(),
                new UserId(actor)));
    }

    private static void requireMonthOver(YearMonth month, LocalDate issuedOn) {
        require(
                issuedOn != null && issuedOn.isAfter(month.atEndOfMonth()),
                MonthlyReportRule.M3_MONTH_NOT_OVER,
                "M3: the report of " + month + " is issued after the month, not on " + issuedOn);
    }

    private static void requireFigures(List<ReportFigure> figures) {
        require(!figures.isEmpty(), MonthlyReportRule.M3_FIGURES_REQUIRED, "M3: a report holds its figures");
    }

    @EventSourcingHandler
    void on(MonthlyReportIssuedEvent event) {
        reportId = event.reportId();
        version = event.version();
        streamPosition = event.streamPosition();
    }
}
