package com.aftersales.command.ticket;

import static com.aftersales.command.ticket.TicketRule.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.aftersales.api.common.UserId;
import com.aftersales.api.ticket.DifficultCaseEscalatedEvent;
import com.aftersales.api.ticket.DifficultCaseOpenedEvent;
import com.aftersales.api.ticket.EscalateDifficultCaseCommand;
import com.aftersales.api.ticket.OpenDifficultCaseCommand;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.command.organisation.Superiors;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * A difficult-case file (疑难案件, T8): a responsible person and the history so far; when a case is
 * beyond that person's authority it goes one level up, to their superior in the organisation
 * chart. The file stays open for the life of the ticket.
 */
class DifficultCase {
    private final TicketId ticketId;
    private UserId responsible;
    private int level;

    DifficultCase(TicketId ticketId, UserId responsible) {
        this.ticketId = ticketId;
        this.responsible = responsible;
    }

    static void open(TicketId ticketId, OpenDifficultCaseCommand command) {
        require(
                command.responsiblePerson() != null,
                TicketRule.RESPONSIBLE_REQUIRED,
                "a difficult case names a responsible person");
        require(
                command.historySummary() != null && !command.historySummary().isBlank(),
                TicketRule.HISTORY_SUMMARY_REQUIRED,
                "summarize the history so far");
        apply(new DifficultCaseOpenedEvent(ticketId, command.responsiblePerson(), command.historySummary()));
    }

    /** The superior is looked up now and recorded in the event, so a replay never consults the chart. */
    void escalate(EscalateDifficultCaseCommand command, Superiors superiors) {
        UserId superior = superiors
                .superiorOf(responsible)
                .orElseThrow(() -> TicketRule.NO_SUPERIOR.violation(
                        responsible + " has no superior in the organisation chart: there is no level up"));
        apply(new DifficultCaseEscalatedEvent(ticketId, responsible, superior, level + 1, command.reason()));
    }

    @EventSourcingHandler
    void on(DifficultCaseEscalatedEvent event) {
        responsible = event.toPerson();
        level = event.level();
    }
}
