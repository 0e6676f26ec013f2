package com.aftersales.api.supplier;

/** R3: where a supplier claim stands, in the order its steps are taken. */
public enum SupplierClaimState {
    OPEN,
    SENT_TO_PURCHASING,
    ANSWERED,
    SETTLED,
    CLOSED
}
