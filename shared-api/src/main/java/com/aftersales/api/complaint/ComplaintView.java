package com.aftersales.api.complaint;

import java.time.Instant;
import java.util.List;

/**
 * One complaint (客户投诉处理单) with what each step recorded and every fact, oldest first. A step
 * not taken yet leaves its fields null. {@code callback} names the callback that revealed it (T11),
 * {@code linkedQualityReviews} the repeat-repair reviews its acceptance linked (C5, R13), {@code
 * resultRecipients} who the result went to; {@code penaltyKind} is what the SUPERVISOR proposed
 * (P1), the penalty's own page has the decision. {@code version} is the sequence number of the last
 * event the read model applied; the facts come straight from the event store.
 */
public record ComplaintView(
        ComplaintSummaryView summary,
        String content,
        String registeredBy,
        CallbackRef callback,
        int feedbackWorkingDays,
        Boolean authentic,
        Boolean reasonable,
        String reviewReasons,
        String reviewedBy,
        Instant reviewedAt,
        List<String> linkedQualityReviews,
        String causeAnalysis,
        String analysedBy,
        String handlingPlan,
        String plannedBy,
        String handlingActions,
        String handledBy,
        FeedbackMethod feedbackMethod,
        String customerResponse,
        Boolean customerSatisfied,
        String feedbackGivenBy,
        String resultSummary,
        List<String> resultRecipients,
        String resultSentBy,
        ComplaintStatus archivedFrom,
        String archivedBy,
        Instant archivedAt,
        com.aftersales.api.penalty.PenaltyKind penaltyKind,
        String penaltyProposedBy,
        long version,
        List<ComplaintFactView> facts) {

    public ComplaintView {
        linkedQualityReviews = List.copyOf(linkedQualityReviews);
        resultRecipients = List.copyOf(resultRecipients);
        facts = List.copyOf(facts);
    }

    /** The read model shows every fact the event store holds (a page waits for this after a step). */
    public boolean caughtUp() {
        return facts.isEmpty() || facts.get(facts.size() - 1).sequence() <= version;
    }
}
