package com.aftersales.api.calendar;

/** W1: what a day of the calendar is for the company. */
public enum DayKind {
    /** Counted by working-day rules and open for business hours. */
    WORKING_DAY,
    /** Not counted: a weekend, a public holiday or a day the administrator closed. */
    HOLIDAY
}
