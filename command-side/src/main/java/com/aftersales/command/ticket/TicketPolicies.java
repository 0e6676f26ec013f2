package com.aftersales.command.ticket;

/** The company policy version in force, as a ticket's registration needs it (T3, T10). */
public interface TicketPolicies {
    PolicyInForce current();

    /** A policy version and the ticket numbers it sets. */
    record PolicyInForce(int version, TicketPolicy policy) {}
}
