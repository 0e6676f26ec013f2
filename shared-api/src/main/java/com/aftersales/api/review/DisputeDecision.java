package com.aftersales.api.review;

/** E2: what the supervisor decided on a disputed review item. */
public enum DisputeDecision {
    /** The item stands and keeps counting. */
    ITEM_STANDS,
    /** The item no longer counts in the review; it stays visible, marked with this decision. */
    ITEM_REMOVED
}
