package com.aftersales.command.complaint;

import java.time.Instant;

/**
 * C4: when the customer of a complaint registered at {@code registeredAt} must have heard back:
 * the policy's number of working days after the day of registration, in the company calendar.
 * Injected into the registration, so the aggregate reads neither a clock nor a table.
 */
@FunctionalInterface
public interface ComplaintFeedbackCalendar {
    ComplaintFeedbackDue feedbackDue(Instant registeredAt);
}
