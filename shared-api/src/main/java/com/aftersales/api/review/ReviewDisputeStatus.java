package com.aftersales.api.review;

/** E2: which disputes a list shows. */
public enum ReviewDisputeStatus {
    /** Not decided yet, oldest first. */
    OPEN,
    /** Decided, latest decision first. */
    DECIDED,
    /** Open ones, then decided ones. */
    ALL
}
