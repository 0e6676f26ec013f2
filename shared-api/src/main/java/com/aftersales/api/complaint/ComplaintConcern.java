package com.aftersales.api.complaint;

import com.aftersales.api.common.UserId;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.ticket.TicketId;

/**
 * C2: what a complaint concerns: the ticket, the repair order and the engineer, any of them, at
 * least one; the unit's serial number and model where known (the periodic analysis counts by
 * product, and a repeated-repair complaint finds the unit's repeat reviews by serial).
 */
public record ComplaintConcern(
        TicketId ticketId, RepairOrderId repairOrderId, UserId engineerId, String serialNumber, String productModel) {

    /** C2: a complaint names at least one of ticket, repair order and engineer. */
    public boolean namesSomething() {
        return ticketId != null || repairOrderId != null || engineerId != null;
    }
}
