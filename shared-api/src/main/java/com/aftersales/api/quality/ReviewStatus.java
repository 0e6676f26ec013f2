package com.aftersales.api.quality;

/** R13: a review waits for QUALITY's decision, or is decided (possibly revised since). */
public enum ReviewStatus {
    OPEN,
    DECIDED
}
