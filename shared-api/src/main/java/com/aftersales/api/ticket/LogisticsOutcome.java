package com.aftersales.api.ticket;

/** T5: how logistics resolved a lost, damaged or wrong delivery. */
public enum LogisticsOutcome {
    RESHIPPED,
    EXCHANGED,
    REFUNDED,
    COMPENSATED,
    OTHER
}
