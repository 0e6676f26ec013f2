package com.aftersales.api.ticket;

import java.util.Objects;

/** One ticket's detail; answered with a {@link TicketDetailView}, or null if no such ticket is known. */
public record FindTicketQuery(TicketId ticketId) {
    public FindTicketQuery {
        Objects.requireNonNull(ticketId, "ticket id");
    }
}
