package com.aftersales.api.ticket;

/** T12: the class of a software request. */
public enum SoftwareRequestClass {
    /** Handled first, by priority then submission time. */
    BUG,
    /** Evaluated before any promise is made. */
    REQUIREMENT,
    /** Environment: network, operating system, database. */
    OTHER
}
