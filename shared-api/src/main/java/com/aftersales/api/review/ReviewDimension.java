package com.aftersales.api.review;

/** E1: the four dimensions an engineer is assessed on. */
public enum ReviewDimension {
    /** Repeat repairs attributed to the engineer, QC failures. */
    QUALITY,
    /** Accepted complaints about the engineer. */
    ATTITUDE,
    /** SLA compliance on the engineer's tickets, arrival on time. */
    SPEED,
    /** Customers' ratings in service reports and callbacks. */
    SATISFACTION
}
