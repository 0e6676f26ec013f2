package com.aftersales.api.ticket;

import org.axonframework.serialization.Revision;

/**
 * T5: the ticket was routed to a department; {@code previousDepartment} is null on first routing.
 * A re-routing starts the service anew: the current engagement (engineer, mode and its progress:
 * arrival, unit receipt, report, departure, confirmation) or logistics case (handler, resolution,
 * confirmation) ends with it, and the new department assigns anew. SLA clocks, dispatches, the
 * difficult-case file and a loaner stay with the ticket.
 */
@Revision("1")
public record ServiceTicketRoutedEvent(
        TicketId ticketId, Department department, Department previousDepartment, String reason) {}
