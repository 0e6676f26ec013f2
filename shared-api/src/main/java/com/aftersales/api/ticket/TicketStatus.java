package com.aftersales.api.ticket;

/** The life cycle of a service ticket as the board shows it. */
public enum TicketStatus {
    REGISTERED,
    ROUTED,
    ASSIGNED,
    IN_SERVICE,
    REPORTED,
    CLOSED
}
