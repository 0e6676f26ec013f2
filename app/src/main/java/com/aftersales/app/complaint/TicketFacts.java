package com.aftersales.app.complaint;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import com.aftersales.api.complaint.ComplaintConcern;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.ticket.EngineerAssignedEvent;
import com.aftersales.api.ticket.RepairOrderLinkedEvent;
import com.aftersales.api.ticket.ServiceTicketRegisteredEvent;
import com.aftersales.api.ticket.TicketId;
import java.util.Iterator;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * C2: what a complaint about a ticket concerns, folded from the ticket's events: its customer, its
 * unit, the engineer last assigned (the one who served) and the repair order last linked.
 */
record TicketFacts(
        CustomerId customerId,
        String serialNumber,
        String productModel,
        UserId engineerId,
        RepairOrderId repairOrderId) {

    static TicketFacts of(Iterator<? extends DomainEventMessage<?>> events) {
        TicketFacts facts = new TicketFacts(null, null, null, null, null);
        while (events.hasNext()) {
            facts = facts.with(events.next().getPayload());
        }
        return facts;
    }

    private TicketFacts with(Object event) {
        if (event instanceof ServiceTicketRegisteredEvent registered) {
            return new TicketFacts(
                    registered.customerId(),
                    registered.product().serialNumber(),
                    registered.product().model(),
                    engineerId,
                    repairOrderId);
        }
        if (event instanceof EngineerAssignedEvent assigned) {
            return new TicketFacts(customerId, serialNumber, productModel, assigned.engineerId(), repairOrderId);
        }
        if (event instanceof RepairOrderLinkedEvent linked) {
            return new TicketFacts(customerId, serialNumber, productModel, engineerId, linked.repairOrderId());
        }
        return this;
    }

    ComplaintConcern concern(TicketId ticketId) {
        return new ComplaintConcern(ticketId, repairOrderId, engineerId, serialNumber, productModel);
    }
}
