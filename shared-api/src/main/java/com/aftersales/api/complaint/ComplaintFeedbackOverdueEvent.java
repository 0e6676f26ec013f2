package com.aftersales.api.complaint;

import org.axonframework.serialization.Revision;

/**
 * C4: the end of {@code feedbackDueBy} passed and the customer of a complaint that was not rejected
 * had not heard back. Recorded by the system when the complaint's persistent deadline fired, once.
 */
@Revision("1")
public record ComplaintFeedbackOverdueEvent(ComplaintId complaintId, java.time.LocalDate feedbackDueBy) {}
