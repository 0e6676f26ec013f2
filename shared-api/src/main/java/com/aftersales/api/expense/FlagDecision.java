package com.aftersales.api.expense;

/** X6: finance's decision on a flag. */
public enum FlagDecision {
    /** The receipt is falsified (弄虚作假): not reimbursed, and a penalty is proposed (P1). */
    CONFIRMED,
    /** The flag was a false alarm; the line is reimbursed as claimed. */
    DISMISSED
}
