package com.aftersales.command.ticket;

import static com.aftersales.command.ticket.TicketRule.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.aftersales.api.ticket.LoanerBecameDueEvent;
import com.aftersales.api.ticket.LoanerClockStart;
import com.aftersales.api.ticket.LoanerProvidedEvent;
import com.aftersales.api.ticket.LoanerReturnedEvent;
import com.aftersales.api.ticket.ProvideLoanerCommand;
import com.aftersales.api.ticket.ReturnLoanerCommand;
import com.aftersales.api.ticket.TicketId;
import java.time.Instant;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The loaner of an URGENT ticket under a service contract (T10), from the moment its clock starts
 * (the first arrival on site or the first receipt of the unit, whichever is recorded first) until
 * the loaner unit comes back. The clock starts once per ticket: a second engagement does not
 * restart the wait the customer has already had.
 */
class Loaner {
    private final TicketId ticketId;
    private final Instant clockStartedAt;
    private final LoanerClockStart startedBy;
    private boolean due;
    private boolean provided;
    private String serialOut;

    Loaner(TicketId ticketId, Instant clockStartedAt, LoanerClockStart startedBy) {
        this.ticketId = ticketId;
        this.clockStartedAt = clockStartedAt;
        this.startedBy = startedBy;
    }

    Instant clockStartedAt() {
        return clockStartedAt;
    }

    LoanerClockStart startedBy() {
        return startedBy;
    }

    /** The root has judged that the unit was not fixed by {@code dueAt}. */
    void clockRanOut(Instant dueAt) {
        if (!due) {
            apply(new LoanerBecameDueEvent(ticketId, clockStartedAt, startedBy, dueAt));
        }
    }

    /** {@code productUnitClass} is the class of the customer's unit, as registered (T2). */
    void provide(ProvideLoanerCommand command, String productUnitClass) {
        require(due, TicketRule.LOANER_NOT_DUE, "a loaner is due only when the unit is not fixed in time");
        require(!provided, TicketRule.LOANER_ALREADY_PROVIDED, "a loaner was already provided");
        require(
                command.loanerSerialNumber() != null && command.unitClass() != null,
                TicketRule.LOANER_INCOMPLETE,
                "name the loaner's serial number and unit class");
        require(
                command.unitClass().equals(productUnitClass),
                TicketRule.LOANER_CLASS_MISMATCH,
                "a loaner is of the same class as the customer's unit, " + productUnitClass + ", not "
                        + command.unitClass());
        apply(new LoanerProvidedEvent(ticketId, command.loanerSerialNumber(), command.unitClass()));
    }

    void returnLoaner(ReturnLoanerCommand command) {
        require(serialOut != null, TicketRule.NO_LOANER_OUT, "no loaner is out on this ticket");
        apply(new LoanerReturnedEvent(ticketId, serialOut, command.note()));
    }

    void requireReturnedBeforeClosing() {
        require(serialOut == null, TicketRule.LOANER_OUTSTANDING, "the loaner " + serialOut + " is still out");
    }

    @EventSourcingHandler
    void on(LoanerBecameDueEvent event) {
        due = true;
    }

    @EventSourcingHandler
    void on(LoanerProvidedEvent event) {
        serialOut = event.loanerSerialNumber();
        provided = true;
    }

    @EventSourcingHandler
    void on(LoanerReturnedEvent event) {
        serialOut = null;
    }
}
