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
    /** A complaint investigation (later issue), by its id. */
    COMPLAINT,
    /** An expense audit (later issue), by its id. */
    EXPENSE_AUDIT,
    /** Any recorded event, by its event identifier. */
    EVENT,
    /** A document kept outside the ledger (a photo's sha-256, a letter's reference). */
    DOCUMENT
}
