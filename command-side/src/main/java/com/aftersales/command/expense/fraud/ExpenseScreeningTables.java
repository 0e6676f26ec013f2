package com.aftersales.command.expense.fraud;

import com.aftersales.api.expense.ExpenseClaimFlaggedEvent;
import com.aftersales.api.expense.ExpenseClaimResubmittedEvent;
import com.aftersales.api.expense.ExpenseClaimSubmittedEvent;
import com.aftersales.api.expense.ExpenseFlagConfirmedEvent;
import com.aftersales.api.expense.ExpenseFlagDismissedEvent;
import com.aftersales.api.expense.PhoneDutyFailureExplainedEvent;
import com.aftersales.api.expense.PhoneDutyFailureRecordedEvent;
import com.aftersales.api.expense.Trip;
import com.aftersales.api.ticket.EngineerArrivedEvent;
import com.aftersales.api.ticket.EngineerDispatchedEvent;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the command-side lookup tables the fraud rules read (V26): dispatches and arrivals (X4, X5),
 * the submitted versions of claims (split claims, the backtest), each recorded flag and finance's
 * decision on it (the backtest), and phone-duty failures with their explanation (X7). Subscribing,
 * in the transaction of each event, so a claim screened later reads exactly what was committed;
 * a failed write fails the command (errors propagate, see the app's expense configuration). A
 * redelivered event leaves the rows as they are.
 */
@ProcessingGroup(ExpenseScreeningTables.PROCESSING_GROUP)
public class ExpenseScreeningTables {
    public static final String PROCESSING_GROUP = "expense-screening-tables";

    private final JdbcTemplate jdbc;

    public ExpenseScreeningTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(EngineerDispatchedEvent event, @MessageIdentifier String eventId) {
        if (event.destinationCity() == null) {
            return;
        }
        jdbc.update(
                "insert into expense_dispatch (event_id, ticket_id, dispatch_id, engineer_id, city, start_date,"
                        + " end_date) values (?, ?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing",
                eventId,
                event.ticketId().value(),
                event.dispatchId(),
                event.engineerId().value(),
                event.destinationCity(),
                Date.valueOf(event.startDate()),
                Date.valueOf(event.endDate()));
    }

    @EventHandler
    void on(EngineerArrivedEvent event, @MessageIdentifier String eventId) {
        jdbc.update(
                "insert into expense_arrival (event_id, ticket_id, engineer_id, arrived_at) values (?, ?, ?, ?)"
                        + " on conflict (event_id) do nothing",
                eventId,
                event.ticketId().value(),
                event.engineerId().value(),
                Timestamp.from(event.arrivedAt()));
    }

    @EventHandler
    void on(ExpenseClaimSubmittedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        version(event.claimId().value(), event.version(), event.engineerId().value(), event.trip(), event.total(), at);
    }

    @EventHandler
    void on(ExpenseClaimResubmittedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        version(event.claimId().value(), event.version(), event.engineerId().value(), event.trip(), event.total(), at);
    }

    private void version(String claimId, int version, String engineer, Trip trip, BigDecimal total, Instant at) {
        jdbc.update(
                "insert into expense_claim_version (claim_id, version, engineer_id, destination, start_date,"
                        + " end_date, total, submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (claim_id, version) do nothing",
                claimId,
                version,
                engineer,
                trip.destinationCity(),
                Date.valueOf(trip.startDate()),
                Date.valueOf(trip.endDate()),
                total,
                Timestamp.from(at));
    }

    @EventHandler
    void on(ExpenseClaimFlaggedEvent event) {
        jdbc.update(
                "insert into expense_flag_record (claim_id, version, flag_id, line_no, rule) values (?, ?, ?, ?, ?)"
                        + " on conflict (claim_id, version, flag_id) do nothing",
                event.claimId().value(),
                event.version(),
                event.flag().flagId(),
                event.flag().lineNo(),
                event.flag().rule().name());
    }

    @EventHandler
    void on(ExpenseFlagConfirmedEvent event) {
        decide(event.claimId().value(), event.version(), event.flagId(), "CONFIRMED");
    }

    @EventHandler
    void on(ExpenseFlagDismissedEvent event) {
        decide(event.claimId().value(), event.version(), event.flagId(), "DISMISSED");
    }

    private void decide(String claimId, int version, String flagId, String decision) {
        jdbc.update(
                "update expense_flag_record set decision = ? where claim_id = ? and version = ? and flag_id = ?",
                decision,
                claimId,
                version,
                flagId);
    }

    @EventHandler
    void on(PhoneDutyFailureRecordedEvent event) {
        jdbc.update(
                "insert into expense_phone_duty_failure (failure_id, engineer_id, called_at) values (?, ?, ?)"
                        + " on conflict (failure_id) do nothing",
                event.failureId().value(),
                event.engineerId().value(),
                Timestamp.from(event.calledAt()));
    }

    @EventHandler
    void on(PhoneDutyFailureExplainedEvent event) {
        jdbc.update(
                "update expense_phone_duty_failure set accepted = ? where failure_id = ?",
                event.accepted(),
                event.failureId().value());
    }
}
