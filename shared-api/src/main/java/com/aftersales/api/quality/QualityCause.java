package com.aftersales.api.quality;

/** R13: what a quality review finds caused the repeat repair. */
public enum QualityCause {
    /** A design or part defect: fed back to engineering and the supplier. */
    PRODUCT,
    /** The customer (misuse, environment). */
    CUSTOMER,
    /** Workmanship of the earlier repair (个人原因): counts against its engineer, may lead to a penalty. */
    ENGINEER
}
