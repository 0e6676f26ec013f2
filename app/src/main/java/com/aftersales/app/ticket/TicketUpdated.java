package com.aftersales.app.ticket;

/** The answer to an accepted ticket update: which ticket, which action. Reload for the new version. */
record TicketUpdated(String ticketId, String accepted) {}
