package com.aftersales.api.penalty;

/** P1: where a penalty proposal comes from, and so which role proposes it. */
public enum PenaltySource {
    /** A quality review decided ENGINEER (R13): proposed by QUALITY with the decision. */
    QUALITY_REVIEW,
    /** A complaint investigation (C5): proposed by a SUPERVISOR. */
    COMPLAINT,
    /** An expense audit (X6): proposed by FINANCE with a confirmed falsification. */
    EXPENSE_AUDIT
}
