package com.aftersales.api.expense;

/** X6: what a confirmed falsification takes out of the reimbursement. */
public enum NonReimbursableScope {
    /** The flagged line (or, for a claim-level flag, nothing more than the flag names). */
    LINE,
    /** The whole claim. */
    CLAIM
}
