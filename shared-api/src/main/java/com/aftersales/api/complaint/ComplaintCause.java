package com.aftersales.api.complaint;

/** C4: the cause a complaint's analysis found, counted by the periodic analysis. */
public enum ComplaintCause {
    ENGINEER_CONDUCT,
    ENGINEER_WORKMANSHIP,
    LATE_RESPONSE,
    PRODUCT_DEFECT,
    PARTS_SUPPLY,
    CHARGES_OR_POLICY,
    CUSTOMER_EXPECTATION,
    OTHER
}
