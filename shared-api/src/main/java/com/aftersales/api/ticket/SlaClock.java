package com.aftersales.api.ticket;

/** T3, T6 and T13: the SLA clocks of a ticket. */
public enum SlaClock {
    /** First response (T3): an engineer or a logistics handler has taken the ticket. */
    RESPONSE,
    /** A service plan is recorded (T3). */
    PLAN,
    /**
     * The installation contract's deadline (T6): a service report of the current engagement by the
     * start of the day after the deadline, in the company's zone.
     */
    INSTALLATION,
    /** A service contract's on-site clock (T13): an engineer has arrived at the customer's site. */
    ON_SITE,
    /**
     * A service contract's fix clock (T13): the unit is fixed, i.e. a service report (or a
     * logistics resolution) is in, or the ticket is closed.
     */
    FIX;

    /** The clocks that start at registration and stop while the ticket is on hold (T14). */
    public boolean pausable() {
        return this != INSTALLATION;
    }
}
