package com.aftersales.app.ticket;

import com.aftersales.api.ticket.TicketId;
import com.aftersales.app.security.Staff;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * The ticket actions that do more than send their command: the people a request names are
 * checked first (so nothing is stored for a wrong id), and the time of recording or of a hold is
 * the server's. The API controllers and the ticket page's forms both call these, so a form can
 * never skip a check the API makes.
 */
@Component
class TicketActions {
    private final CommandGateway commands;
    private final Staff staff;
    private final Clock clock;

    TicketActions(CommandGateway commands, Staff staff, Clock clock) {
        this.commands = commands;
        this.staff = staff;
        this.clock = clock;
    }

    /** T5, T6: the task sheet names an active engineer. */
    void assign(TicketId ticket, AssignRequest body) {
        staff.requireEngineer(body.engineerId(), "T6");
        commands.sendAndWait(body.toCommand(ticket));
    }

    /** T6: entered when it happened; the server's time says whether that is ahead of now. */
    void arrival(TicketId ticket, ArrivalRequest body) {
        commands.sendAndWait(body.toCommand(ticket, clock.instant()));
    }

    void unitReceipt(TicketId ticket, UnitReceiptRequest body) {
        commands.sendAndWait(body.toCommand(ticket, clock.instant()));
    }

    /** T7: a dispatch names an active engineer. */
    void dispatch(TicketId ticket, DispatchRequest body) {
        staff.requireEngineer(body.engineerId(), "T7");
        commands.sendAndWait(body.toCommand(ticket));
    }

    /** T9: the engineer reports to an active supervisor. */
    void departureReport(TicketId ticket, DepartureReportRequest body) {
        staff.requireSupervisor(body.supervisorId(), "T9");
        commands.sendAndWait(body.toCommand(ticket, clock.instant()));
    }

    /** T8: the responsible person is an active user. */
    void openDifficultCase(TicketId ticket, OpenDifficultCaseRequest body) {
        staff.requireUser(body.responsiblePerson(), "T8");
        commands.sendAndWait(body.toCommand(ticket));
    }

    /** T5: a logistics ticket is handled by an active clerk or supervisor. */
    void logisticsHandler(TicketId ticket, LogisticsHandlerRequest body) {
        staff.requireLogisticsHandler(body.handlerId(), "T5");
        commands.sendAndWait(body.toCommand(ticket));
    }

    /** T14: the hold takes the server's time, so it cannot be entered afterwards to undo a breach. */
    void hold(TicketId ticket, HoldRequest body) {
        commands.sendAndWait(body.toCommand(ticket, now()));
    }

    void resume(TicketId ticket, ResumeRequest body) {
        commands.sendAndWait(body.toCommand(ticket, now()));
    }

    /** Milliseconds: what PostgreSQL and JSON clients keep, so every view shows the same instant. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
