package com.aftersales.api.quality;

/** R12, R13: what the repeat-repair rates are counted per. */
public enum RepeatRateDimension {
    /** The engineer of the earlier repair. */
    ENGINEER,
    /** The product model of the unit. */
    MODEL,
    FAULT_CATEGORY
}
