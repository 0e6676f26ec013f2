package com.aftersales.command.repair;

import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.ticket.TicketId;

/**
 * T6/R1: a repair order opened for a REPAIR ticket is linked to it in the same unit of work, so the
 * order and the ticket's link are recorded together or not at all. Refuses (with the ticket's rule)
 * when the ticket is not in the workshop with that unit, or already has an open order.
 */
public interface TicketLinks {
    void link(TicketId ticketId, RepairOrderId repairOrderId, String serialNumber);
}
