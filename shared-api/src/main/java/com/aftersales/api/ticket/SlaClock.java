package com.aftersales.api.ticket;

/** T3 and T6: the SLA clocks of a ticket. */
public enum SlaClock {
    /** First response (T3): an engineer or a logistics handler has taken the ticket. */
    RESPONSE,
    /** A service plan is recorded (T3). */
    PLAN,
    /**
     * The installation contract's deadline (T6): a service report of the current engagement by the
     * start of the day after the deadline, in the company's zone.
     */
    INSTALLATION
}
