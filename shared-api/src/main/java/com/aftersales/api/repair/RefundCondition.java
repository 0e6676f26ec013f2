package com.aftersales.api.repair;

/** R10: the condition under which a refund (退款) was decided. */
public enum RefundCondition {
    /** A fatal defect that cannot be repaired. */
    FATAL_DEFECT_UNREPAIRABLE,
    /** The in-warranty repair is more than the policy's working days late. */
    LATE_DELIVERY,
    /** A quality problem within the policy's days of purchase, and the unit can be resold. */
    QUALITY_PROBLEM_SOON_AFTER_PURCHASE
}
