package com.aftersales.api.penalty;

/** P3: a MANAGER's answer to an appeal. */
public enum AppealOutcome {
    /** The appeal is right: the penalty is revoked. */
    UPHELD,
    /** The penalty stands. */
    DISMISSED
}
