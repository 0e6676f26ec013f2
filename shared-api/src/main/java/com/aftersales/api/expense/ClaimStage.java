package com.aftersales.api.expense;

/** X2: the steps of the approval flow (差旅费报销审批流程) a claim can be rejected at. */
public enum ClaimStage {
    /** 主管审批, by a SUPERVISOR. */
    SUPERVISOR_APPROVAL,
    /** 财务审核, by FINANCE. */
    FINANCE_AUDIT,
    /** 付款, by FINANCE. */
    PAYMENT
}
