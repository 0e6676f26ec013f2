package com.aftersales.api.penalty;

/** P1: the penalties a MANAGER may decide. */
public enum PenaltyKind {
    /** 警告. */
    WARNING,
    /** 罚款, with an amount in CNY. */
    FINE,
    /** 不予报销. */
    NON_REIMBURSEMENT,
    /** 解除/辞退. */
    DISMISSAL,
    /** 追究法律责任. */
    LEGAL_REFERRAL
}
