package com.aftersales.api.repair;

/** Where a repair order stands (docs/domain/repair-orders.md draws the state machine). */
public enum RepairOrderState {
    /** R1 opened, R3 diagnosis due (again after an approved re-inspection). */
    AWAITING_DIAGNOSIS,
    /** R4 the customer disputes the diagnosis; a SUPERVISOR decides. */
    RE_INSPECTION_REQUESTED,
    /** R5 a paid repair waiting for its quote. */
    AWAITING_QUOTE,
    /** R5 quoted, waiting for the customer's confirmation. */
    AWAITING_CONFIRMATION,
    /** R5 confirmed, waiting for the payment. */
    AWAITING_PAYMENT,
    /** R7/R8 ready for work (again after a failed QC or sampling inspection: rework). */
    AWAITING_REPAIR,
    /** R7 at an external station. */
    OUTSOURCED,
    /** R8 work recorded, waiting for the engineer's self-check. */
    AWAITING_SELF_CHECK,
    /** R8 self-checked, waiting for QC. */
    AWAITING_QC,
    /** R14 passed QC and sampled, waiting for the sampling inspection. */
    AWAITING_SAMPLING,
    /** R8 inspected, waiting for the SUPERVISOR's approval of the repair report. */
    AWAITING_REPORT_APPROVAL,
    /** R8 report approved, waiting for the return shipment. */
    AWAITING_RETURN,
    /** R8 returned with its report: complete and archived. */
    COMPLETED,
    /** R9 exchanged instead of repaired. */
    EXCHANGED,
    /** R10 refunded instead of repaired. */
    REFUNDED
}
