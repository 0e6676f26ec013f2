package com.aftersales.api.ticket;

import org.axonframework.serialization.Revision;

/** T5: the ticket was routed to a department; {@code previousDepartment} is null on first routing. */
@Revision("1")
public record ServiceTicketRoutedEvent(
        TicketId ticketId, Department department, Department previousDepartment, String reason) {}
