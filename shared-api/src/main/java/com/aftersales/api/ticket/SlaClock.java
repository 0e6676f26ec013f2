package com.aftersales.api.ticket;

/** T3: the two SLA clocks started at registration. */
public enum SlaClock {
    /** First response: an engineer has taken the ticket. */
    RESPONSE,
    /** A service plan is recorded. */
    PLAN
}
