package com.aftersales.command.ticket;

import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.ticket.LinkRepairOrderCommand;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.command.repair.TicketLinks;
import org.axonframework.modelling.command.Repository;

/**
 * The ticket side of {@link TicketLinks}: loads the ticket in the repair order's unit of work and
 * lets it decide, so the ticket's rules (T6, T9) judge the link and its event commits with the order.
 */
public class RepositoryTicketLinks implements TicketLinks {
    private final Repository<ServiceTicket> tickets;

    public RepositoryTicketLinks(Repository<ServiceTicket> tickets) {
        this.tickets = tickets;
    }

    @Override
    public void link(TicketId ticketId, RepairOrderId repairOrderId, String serialNumber) {
        tickets.load(ticketId.value())
                .execute(ticket -> ticket.handle(new LinkRepairOrderCommand(ticketId, repairOrderId, serialNumber)));
    }
}
