package com.aftersales.api.complaint;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * C1, C2: a complaint form was registered. The customer appears by id only; {@code content} is the
 * customer's words and should hold no contact details. C4: the customer's feedback is due by the end
 * of {@code feedbackDueBy}, {@code feedbackWorkingDays} working days (policy version {@code
 * policyVersion}) of the company calendar (version {@code calendarVersion}) after the day of
 * registration; it is overdue from {@code feedbackOverdueFrom}. {@code callback} names the callback
 * that revealed it (T11), null for other channels. {@code category} is null until the review when
 * the clerk could not tell.
 */
@Revision("1")
public record ComplaintRegisteredEvent(
        ComplaintId complaintId,
        ComplaintChannel channel,
        CustomerId customerId,
        ComplaintConcern concern,
        ComplaintCategory category,
        String content,
        Instant registeredAt,
        CallbackRef callback,
        LocalDate feedbackDueBy,
        Instant feedbackOverdueFrom,
        int feedbackWorkingDays,
        int policyVersion,
        int calendarVersion,
        UserId registeredBy) {}
