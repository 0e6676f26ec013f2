package com.aftersales.api.penalty;

/** P2, R13: what a piece of evidence is; its id is that thing's id (an aggregate id, an event identifier, a part number). */
public enum EvidenceKind {
    /** A repair order (维修服务单), by its id. */
    REPAIR_ORDER,
    /** A diagnosis report (故障诊断报告) of a repair order. */
    DIAGNOSIS,
    /** A repair report (维修报告) of a repair order. */
    REPAIR_REPORT,
    /** A part, by part number (or the requisition that issued it). */
    PART,
    /** A quality review (质量评审), by its id. */
    QUALITY_REVIEW,
    /** A complaint (客户投诉处理单, C2), by its id: every event of it is evidence. */
    COMPLAINT,
    /** An expense claim (差旅费报销单) under audit, by its id: every version and flag of it is evidence. */
    EXPENSE_AUDIT,
    /** Any recorded event, by its event identifier. */
    EVENT,
    /** A service ticket (工单), by its id. */
    TICKET,
    /** A callback (回访, T11), by the event identifier of its CallbackRecordedEvent. */
    CALLBACK,
    /** A version of the company policy (X5: the cap a line was held against), by its version number. */
    POLICY_VERSION,
    /** A recorded failure to answer the phone on duty (X7), by its id. */
    PHONE_DUTY_FAILURE,
    /** A document kept outside the ledger (a photo's sha-256, a letter's reference). */
    DOCUMENT
}
