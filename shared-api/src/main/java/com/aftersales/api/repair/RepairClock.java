package com.aftersales.api.repair;

/** The clocks of a repair order; each records a breach when its step is not done in time. */
public enum RepairClock {
    /** R3: the diagnosis, hours after receipt (URGENT fewer). */
    DIAGNOSIS,
    /** R3: the customer told cause, rule, plan, cost and time, working days after the diagnosis. */
    CUSTOMER_NOTICE,
    /** R6: in warranty, the repaired unit returned, working days after receipt (URGENT fewer). */
    REPAIR
}
