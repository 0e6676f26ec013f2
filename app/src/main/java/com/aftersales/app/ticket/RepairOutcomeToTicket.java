package com.aftersales.app.ticket;

import com.aftersales.api.repair.RepairOrderCompletedEvent;
import com.aftersales.api.ticket.RecordRepairOutcomeCommand;
import com.aftersales.api.ticket.RepairOrderLinkedEvent;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.app.security.ActingUser;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * T9/R8: a repair order's completion flows back to the ticket it was opened for, as the system.
 * A tracking processor: it remembers which ticket each order belongs to (in the same transaction
 * as its token), so a completion is never lost on a crash and a redelivered one is answered by the
 * ticket with no second event. An order opened without a ticket (a unit sent in directly) has none.
 */
@ProcessingGroup(RepairOutcomeToTicket.PROCESSING_GROUP)
public class RepairOutcomeToTicket {
    public static final String PROCESSING_GROUP = "ticket-repair-outcome";

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;

    public RepairOutcomeToTicket(JdbcTemplate jdbc, CommandGateway commands) {
        this.jdbc = jdbc;
        this.commands = commands;
    }

    @EventHandler
    void on(RepairOrderLinkedEvent event) {
        jdbc.update(
                "insert into ticket_repair_order(repair_order_id, ticket_id) values (?, ?)"
                        + " on conflict (repair_order_id) do nothing",
                event.repairOrderId().value(),
                event.ticketId().value());
    }

    @EventHandler
    void on(RepairOrderCompletedEvent event) {
        List<String> ticket = jdbc.queryForList(
                "select ticket_id from ticket_repair_order where repair_order_id = ?",
                String.class,
                event.repairOrderId().value());
        if (ticket.isEmpty()) {
            return;
        }
        ActingUser system =
                ActingUser.system("repair-outcome:" + event.repairOrderId().value());
        ActingUser.runAs(
                system,
                () -> commands.sendAndWait(new RecordRepairOutcomeCommand(
                        new TicketId(ticket.get(0)),
                        event.repairOrderId(),
                        event.completedOn(),
                        event.faultCategory(),
                        event.partsReplaced(),
                        event.warrantyExtendedUntil())));
    }

    /** A replay from the start meets every link again. */
    @ResetHandler
    void reset() {
        jdbc.update("delete from ticket_repair_order");
    }
}
