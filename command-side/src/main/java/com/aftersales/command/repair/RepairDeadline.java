package com.aftersales.command.repair;

import com.aftersales.api.repair.RepairClock;
import java.time.Instant;

/**
 * Payload of a scheduled repair-order clock (R3 diagnosis and customer notice, R6 repair time),
 * stored by the persistent deadline manager until it fires. Deadlines are never cancelled: the
 * order judges by its recorded times when one fires.
 */
record RepairDeadline(RepairClock clock, Instant dueAt) {
    static final String DIAGNOSIS = "repair-diagnosis";
    static final String CUSTOMER_NOTICE = "repair-customer-notice";
    static final String REPAIR = "repair-time";

    String name() {
        return switch (clock) {
            case DIAGNOSIS -> DIAGNOSIS;
            case CUSTOMER_NOTICE -> CUSTOMER_NOTICE;
            case REPAIR -> REPAIR;
        };
    }
}
