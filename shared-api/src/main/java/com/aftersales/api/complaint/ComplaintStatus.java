package com.aftersales.api.complaint;

/** C3, C4: where a complaint stands; each step follows the one before it. */
public enum ComplaintStatus {
    REGISTERED,
    ACCEPTED,
    REJECTED,
    CAUSE_ANALYSED,
    HANDLING_PLANNED,
    HANDLED,
    FEEDBACK_GIVEN,
    RESULT_SENT,
    ARCHIVED
}
