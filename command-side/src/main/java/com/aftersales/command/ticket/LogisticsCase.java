package com.aftersales.command.ticket;

import static com.aftersales.command.ticket.TicketRule.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.aftersales.api.common.UserId;
import com.aftersales.api.ticket.AssignLogisticsHandlerCommand;
import com.aftersales.api.ticket.ConfirmServiceCommand;
import com.aftersales.api.ticket.CustomerConfirmedServiceEvent;
import com.aftersales.api.ticket.LogisticsHandlerAssignedEvent;
import com.aftersales.api.ticket.LogisticsResolutionRecordedEvent;
import com.aftersales.api.ticket.RecordLogisticsResolutionCommand;
import com.aftersales.api.ticket.TicketId;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The logistics case of a ticket routed to LOGISTICS (T5): a lost, damaged or wrong delivery,
 * handled by a person in logistics without any engineer. Its resolution takes the place of the
 * service report: the customer confirms it and the ticket closes with both (T9). A new handler
 * takes over the case as it is; a re-routing ends it.
 */
class LogisticsCase implements CurrentService {
    private final TicketId ticketId;
    private UserId handlerId;
    private boolean resolved;
    private boolean confirmed;

    /** The handler comes from the event that creates the case, which Axon forwards to it. */
    LogisticsCase(TicketId ticketId) {
        this.ticketId = ticketId;
    }

    /** T5: the first handler ({@code current} null) or a new one. */
    static void assign(TicketId ticketId, LogisticsCase current, AssignLogisticsHandlerCommand command) {
        require(command.handlerId() != null, TicketRule.HANDLER_REQUIRED, "name the logistics handler");
        require(
                current == null || !command.handlerId().equals(current.handlerId),
                TicketRule.HANDLER_ALREADY_ASSIGNED,
                "the handler is already assigned");
        apply(new LogisticsHandlerAssignedEvent(
                ticketId, command.handlerId(), current == null ? null : current.handlerId));
    }

    void recordResolution(RecordLogisticsResolutionCommand command, String actor) {
        require(
                handlerId.value().equals(actor),
                TicketRule.RESOLUTION_NOT_BY_THE_HANDLER,
                "only the assigned handler " + handlerId + " records the resolution");
        require(
                command.outcome() != null,
                TicketRule.OUTCOME_REQUIRED,
                "reshipped, exchanged, refunded, compensated or other");
        require(!resolved, TicketRule.ALREADY_RESOLVED, "the delivery problem is already resolved");
        apply(new LogisticsResolutionRecordedEvent(ticketId, handlerId, command.outcome(), command.note()));
    }

    /** A logistics ticket is no engineer's ticket, so no engineer acts on it. */
    @Override
    public void requireOwnTicketIfEngineer(String actor, String role, TicketRule rule) {
        require(
                !CurrentService.isEngineer(role),
                rule,
                "a logistics ticket has no engineer; its handler is " + handlerId);
    }

    @Override
    public void confirm(ConfirmServiceCommand command, String actor, String role) {
        requireOwnTicketIfEngineer(actor, role, TicketRule.REPORT_NOT_BY_THE_ASSIGNED_ENGINEER);
        require(
                resolved,
                TicketRule.RESOLUTION_MISSING,
                "the customer confirms the resolution of a logistics ticket: the resolution comes first");
        require(!confirmed, TicketRule.ALREADY_CONFIRMED, "the customer has already confirmed");
        apply(new CustomerConfirmedServiceEvent(ticketId, command.confirmationChannel()));
    }

    @Override
    public void requireDoneForClosing() {
        require(resolved, TicketRule.RESOLUTION_MISSING, "a logistics ticket closes only with its resolution");
        require(confirmed, TicketRule.CONFIRMATION_MISSING, "a ticket closes only after the customer confirms");
    }

    @EventSourcingHandler
    void on(LogisticsHandlerAssignedEvent event) {
        handlerId = event.handlerId();
    }

    @EventSourcingHandler
    void on(LogisticsResolutionRecordedEvent event) {
        resolved = true;
    }

    @EventSourcingHandler
    void on(CustomerConfirmedServiceEvent event) {
        confirmed = true;
    }
}
