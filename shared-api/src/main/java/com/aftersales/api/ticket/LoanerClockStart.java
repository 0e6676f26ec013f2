package com.aftersales.api.ticket;

/** T10: what started the loaner clock: the engineer reaching the unit, or the unit reaching the workshop. */
public enum LoanerClockStart {
    /** The first arrival on site (ON_SITE, INSTALLATION). */
    ARRIVAL,
    /** The first receipt of the unit in the workshop (REPAIR). */
    UNIT_RECEIPT
}
