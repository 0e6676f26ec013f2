package com.aftersales.api.ticket;

/** T14: why a ticket's SLA clocks are on hold (挂起). */
public enum SlaPauseReason {
    /** The customer cannot be reached. */
    CUSTOMER_UNREACHABLE,
    /** The engineer has no access to the customer's site. */
    NO_SITE_ACCESS,
    /** The service waits for spare parts. */
    WAITING_FOR_PARTS
}
