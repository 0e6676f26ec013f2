package com.aftersales.query.expense;

import com.aftersales.api.common.UserId;
import com.aftersales.api.expense.TravelAdvanceApprovedEvent;
import com.aftersales.api.expense.TravelAdvancePaidEvent;
import com.aftersales.api.expense.TravelAdvanceRejectedEvent;
import com.aftersales.api.expense.TravelAdvanceRequestedEvent;
import com.aftersales.api.expense.TravelAdvanceReturnedEvent;
import com.aftersales.api.expense.TravelAdvanceSettledEvent;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Travel advances (X9, 售后服务请款): one row per advance, each change guarded by the advance's
 * sequence number so a redelivered event changes nothing. Outstanding is read from it: paid and
 * not settled, or settled with a return due and not all of it returned.
 */
@ProcessingGroup(TravelAdvanceProjection.PROCESSING_GROUP)
public class TravelAdvanceProjection {
    public static final String PROCESSING_GROUP = "travel-advances";

    private final JdbcTemplate jdbc;

    public TravelAdvanceProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(
            TravelAdvanceRequestedEvent e,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long sequence) {
        jdbc.update(
                """
                insert into travel_advance_view(advance_id, engineer_id, destination_city, start_date, end_date, amount,
                    purpose, status, requested_at, last_changed_at, advance_seq)
                values (?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?, ?)
                on conflict (advance_id) do nothing""",
                e.advanceId().value(),
                e.engineerId().value(),
                e.destinationCity(),
                Date.valueOf(e.startDate()),
                Date.valueOf(e.endDate()),
                e.amount(),
                e.purpose(),
                Timestamp.from(at),
                Timestamp.from(at),
                sequence);
    }

    @EventHandler
    void on(
            TravelAdvanceApprovedEvent e,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long sequence) {
        change(e.advanceId().value(), "status = 'APPROVED', approved_by = ?", at, sequence, who(e.approvedBy()));
    }

    @EventHandler
    void on(
            TravelAdvanceRejectedEvent e,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long sequence) {
        change(
                e.advanceId().value(),
                "status = 'REJECTED', rejected_by = ?, reject_reason = ?",
                at,
                sequence,
                who(e.rejectedBy()),
                e.reason());
    }

    @EventHandler
    void on(
            TravelAdvancePaidEvent e,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long sequence) {
        change(
                e.advanceId().value(),
                "status = 'PAID', paid_by = ?, payment_reference = ?, amount = ?",
                at,
                sequence,
                who(e.paidBy()),
                e.paymentReference(),
                e.amount());
    }

    @EventHandler
    void on(
            TravelAdvanceSettledEvent e,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long sequence) {
        change(
                e.advanceId().value(),
                "status = case when ? > 0 then 'SETTLED' else 'RETURNED' end, claim_id = ?, reimbursed = ?, return_due = ?",
                at,
                sequence,
                e.returnDue(),
                e.claimId().value(),
                e.reimbursed(),
                e.returnDue());
    }

    /** A return may come in parts; the advance is RETURNED once all that was due came back. */
    @EventHandler
    void on(
            TravelAdvanceReturnedEvent e,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long sequence) {
        change(
                e.advanceId().value(),
                "status = case when returned + ? >= return_due then 'RETURNED' else status end, returned = returned + ?",
                at,
                sequence,
                e.amount(),
                e.amount());
    }

    private void change(String advanceId, String assignments, Instant at, long sequence, Object... values) {
        Object[] arguments = new Object[values.length + 4];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = Timestamp.from(at);
        arguments[values.length + 1] = sequence;
        arguments[values.length + 2] = advanceId;
        arguments[values.length + 3] = sequence;
        jdbc.update(
                "update travel_advance_view set " + assignments + ", last_changed_at = ?, advance_seq = ?"
                        + " where advance_id = ? and advance_seq < ?",
                arguments);
    }

    private static String who(UserId user) {
        return user == null ? null : user.value();
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from travel_advance_view");
    }
}
