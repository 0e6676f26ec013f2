package com.aftersales.api.expense;

/** X2: where a claim's current version stands. */
public enum ClaimStatus {
    /** Submitted or resubmitted, waiting for the supervisor. */
    SUBMITTED,
    /** The supervisor approved it; finance audits it. */
    APPROVED,
    /** Finance passed the audit; waiting for payment. */
    AUDITED,
    /** Paid (and any travel advance settled). */
    PAID,
    /** Rejected with a reason; the engineer may correct and resubmit it. */
    REJECTED
}
