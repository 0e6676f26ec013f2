package com.aftersales.command.complaint;

import java.time.LocalDate;

/** Payload of the persistent deadline that follows up a complaint's feedback (C4): the day it was due by. */
record ComplaintFeedbackDeadline(LocalDate feedbackDueBy) {
    static final String NAME = "complaint-feedback-due";
}
