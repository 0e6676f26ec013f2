package com.aftersales.api.ticket;

/** T3, T13, T14: where a ticket stands against its SLA clocks, as shown on the board. */
public enum SlaState {
    /** A clock is still running and none has been breached. */
    RUNNING,
    /** The clocks are on hold (T14) and none has been breached. */
    ON_HOLD,
    /** Every clock was stopped in time. */
    MET,
    /** At least one clock passed its due time (a recorded {@link SlaBreachedEvent}). */
    BREACHED
}
