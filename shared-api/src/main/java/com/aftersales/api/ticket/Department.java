package com.aftersales.api.ticket;

/** T5: the department a ticket is routed to. */
public enum Department {
    TECHNICAL_SERVICE,
    LOGISTICS
}
