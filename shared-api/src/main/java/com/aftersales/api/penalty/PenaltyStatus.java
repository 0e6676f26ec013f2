package com.aftersales.api.penalty;

/** P1, P3: where a penalty stands. Nothing is ever deleted: a revoked penalty stays on the register. */
public enum PenaltyStatus {
    PROPOSED,
    IMPOSED,
    REJECTED,
    APPEALED,
    REVOKED
}
