package com.aftersales.app.statistics;

import com.aftersales.api.statistics.FigureFactView;
import com.aftersales.api.statistics.IssueMonthlyReportCommand;
import com.aftersales.api.statistics.IssueTrigger;
import com.aftersales.api.statistics.IssuedReportView;
import com.aftersales.api.statistics.MonthlyFiguresView;
import com.aftersales.api.statistics.MonthlyReportId;
import com.aftersales.api.statistics.RestateMonthlyReportCommand;
import com.aftersales.api.statistics.StatisticsProgressView;
import com.aftersales.app.web.OperationConflictException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * M3: issues a month's report from the statistics read model, at the stream position the read model
 * has processed without a gap, once it has caught up with every event recorded before the issue;
 * restates it as a new version; and compares an issued version with the figures now.
 */
@Component
public class MonthlyReportIssuer {
    /** How long an issue waits for the statistics to catch up with the events recorded before it. */
    static final Duration CATCH_UP_PATIENCE = Duration.ofSeconds(30);

    /**
     * How long an event below the position may take to commit after the statistics passed it. The
     * ledger's transactions take milliseconds; one still open after this is taken as rolled back.
     */
    static final Duration OPEN_TRANSACTION_GRACE = Duration.ofSeconds(2);

    private static final long PAUSE_MILLIS = 50;

    private final CommandGateway commands;
    private final StatisticsReads reads;
    private final EventStore eventStore;
    private final Clock clock;
    private final ZoneId companyZone;

    MonthlyReportIssuer(
            CommandGateway commands, StatisticsReads reads, EventStore eventStore, Clock clock, ZoneId companyZone) {
        this.commands = commands;
        this.reads = reads;
        this.eventStore = eventStore;
        this.clock = clock;
        this.companyZone = companyZone;
    }

    /** What an issue recorded: the version and the stream position its figures were computed at. */
    public record Issued(YearMonth month, int version, long streamPosition) {}

    /** Version 1 of the month's report, by the job of the 5th or a MANAGER before it. */
    public Issued issue(YearMonth month, IssueTrigger trigger) {
        MonthlyFiguresView figures = figuresOfEverythingRecorded(month);
        commands.sendAndWait(new IssueMonthlyReportCommand(
                MonthlyReportId.of(month), figures.figures(), figures.position(), today(), trigger));
        return new Issued(month, 1, figures.position());
    }

    /** A restatement: the next version, computed now, for {@code reason}; the earlier ones stay. */
    public Issued restate(YearMonth month, int restatesVersion, String reason) {
        MonthlyFiguresView figures = figuresOfEverythingRecorded(month);
        commands.sendAndWait(new RestateMonthlyReportCommand(
                MonthlyReportId.of(month), figures.figures(), figures.position(), today(), restatesVersion, reason));
        return new Issued(month, restatesVersion + 1, figures.position());
    }

    /** Version {@code version} as issued, reproduced from its position, and the figures now with what changed them. */
    public ReportComparison compare(YearMonth month, int version) {
        IssuedReportView issued = reads.version(month, version);
        long position = issued.streamPosition();
        List<FigureFactView> late = reads.facts(month, null, position, null, StatisticsReads.MAX_FACTS);
        return ReportComparison.of(
                issued,
                reads.asOf(month, position),
                reads.now(month),
                late,
                key -> reads.facts(month, key, position, null, StatisticsReads.MAX_FACTS));
    }

    /** The company-zone date of today: the day an issue is recorded on. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), companyZone);
    }

    /**
     * The stream position a report issued now is computed at, once the statistics have handled it:
     * the last event recorded when the issue began. Events the read model skipped below it as not
     * yet committed are waited for up to {@link #OPEN_TRANSACTION_GRACE}; a gap still open after that
     * is a transaction rolled back (its global index is never used), so it is not waited for. Empty
     * when the statistics have not caught up within the patience.
     */
    OptionalLong positionOfEverythingRecorded(Duration patience) {
        long head = head();
        long deadline = System.nanoTime() + patience.toNanos();
        Long caughtUpAt = null;
        while (System.nanoTime() < deadline) {
            StatisticsProgressView progress = reads.progress();
            if (progress.gaplessPosition() >= head) {
                return OptionalLong.of(head);
            }
            if (progress.processedIndex() >= head) {
                if (caughtUpAt == null) {
                    caughtUpAt = System.nanoTime();
                } else if (System.nanoTime() - caughtUpAt > OPEN_TRANSACTION_GRACE.toNanos()) {
                    return OptionalLong.of(head);
                }
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }

    private MonthlyFiguresView figuresOfEverythingRecorded(YearMonth month) {
        OptionalLong position = positionOfEverythingRecorded(CATCH_UP_PATIENCE);
        if (position.isEmpty()) {
            throw new OperationConflictException(
                    "the statistics are still catching up with the events recorded; issue again in a minute", null);
        }
        return reads.asOf(month, position.getAsLong());
    }

    /** True once the issued version is listed (the read model follows the commit within moments). */
    boolean listed(Issued issued) {
        return reads.issued(issued.month()).stream().anyMatch(report -> report.version() == issued.version());
    }

    private long head() {
        TrackingToken token = eventStore.createHeadToken();
        OptionalLong position = token == null ? OptionalLong.empty() : token.position();
        return position.orElse(-1L);
    }
}
