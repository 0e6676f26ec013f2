package com.aftersales.api.complaint;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the complaint register. {@code accepted} is null until the review (C3), then whether
 * it was accepted. {@code feedbackOnTime} is null until the customer heard back (C4). {@code
 * overdue}: the feedback missed its due day: recorded overdue, given late, or due and not given at
 * the moment of the query (a rejected complaint is never overdue). {@code contentExcerpt} is the start of the customer's
 * words.
 */
public record ComplaintSummaryView(
        String complaintId,
        ComplaintChannel channel,
        String customerId,
        String ticketId,
        String repairOrderId,
        String engineerId,
        String serialNumber,
        String productModel,
        ComplaintCategory category,
        ComplaintStatus status,
        ComplaintCause cause,
        Instant registeredAt,
        LocalDate feedbackDueBy,
        Instant feedbackOverdueFrom,
        Instant feedbackGivenAt,
        Boolean feedbackOnTime,
        boolean overdue,
        Boolean accepted,
        String penaltyId,
        String contentExcerpt) {

    /** C5: the category is a serious service fault. */
    public boolean serious() {
        return category != null && category.serious();
    }
}
