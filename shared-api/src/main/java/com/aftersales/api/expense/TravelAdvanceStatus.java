package com.aftersales.api.expense;

/** X9: where a travel advance stands. Outstanding = PAID and not yet settled. */
public enum TravelAdvanceStatus {
    REQUESTED,
    APPROVED,
    REJECTED,
    PAID,
    /** Settled against its claim; the engineer may still owe the rest ({@code returnDue}). */
    SETTLED,
    /** The engineer returned what the claim did not use. */
    RETURNED
}
