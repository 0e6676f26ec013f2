package com.aftersales.api.policy;

import java.util.Objects;

/**
 * The whole content of one version of the company policy, family by family. An event carries it
 * whole, so one event tells a reader everything its version said.
 */
public record PolicySettings(
        TicketSlaSettings ticketSla,
        RepairSettings repair,
        ComplaintSettings complaint,
        ExpenseCaps expenseCaps,
        ReviewSettings review) {

    public PolicySettings {
        Objects.requireNonNull(ticketSla, "ticketSla");
        Objects.requireNonNull(repair, "repair");
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(expenseCaps, "expenseCaps");
        Objects.requireNonNull(review, "review");
    }

    /** Settings whose review family is {@link ReviewSettings#DEFAULTS}. */
    public PolicySettings(
            TicketSlaSettings ticketSla, RepairSettings repair, ComplaintSettings complaint, ExpenseCaps expenseCaps) {
        this(ticketSla, repair, complaint, expenseCaps, ReviewSettings.DEFAULTS);
    }

    /** These settings with another review family. */
    public PolicySettings withReview(ReviewSettings newReview) {
        return new PolicySettings(ticketSla, repair, complaint, expenseCaps, newReview);
    }
}
