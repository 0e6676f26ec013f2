package com.aftersales.api.ticket;

import com.aftersales.api.repair.RepairOrderId;
import org.axonframework.serialization.Revision;

/** T6/R1: the repair order {@code repairOrderId} was opened for the unit of this REPAIR ticket. */
@Revision("1")
public record RepairOrderLinkedEvent(TicketId ticketId, RepairOrderId repairOrderId) {}
