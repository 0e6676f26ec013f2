package com.aftersales.api.ticket;

import com.aftersales.api.repair.RepairOrderId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * T6/R1: the repair order {@code repairOrderId} is opened for the unit {@code serialNumber}, which
 * must be the one this REPAIR ticket took into the workshop. The repair order's intake handles it in the unit of work that creates the order, so
 * the order and the ticket's link are recorded together or not at all.
 */
public record LinkRepairOrderCommand(
        @TargetAggregateIdentifier TicketId ticketId, RepairOrderId repairOrderId, String serialNumber) {
    public LinkRepairOrderCommand {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(repairOrderId, "repairOrderId");
        Objects.requireNonNull(serialNumber, "serialNumber");
    }
}
