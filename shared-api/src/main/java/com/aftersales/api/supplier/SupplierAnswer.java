package com.aftersales.api.supplier;

/** R3: what the supplier answered to a claim. */
public enum SupplierAnswer {
    ACCEPTED,
    /** Refused, with the supplier's reason. */
    REJECTED,
    /** Accepted in part, with what was not accepted and why. */
    PARTLY_ACCEPTED
}
