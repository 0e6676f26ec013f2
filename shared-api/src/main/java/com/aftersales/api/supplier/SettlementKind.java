package com.aftersales.api.supplier;

/** R3: how the supplier settled an accepted claim. */
public enum SettlementKind {
    /** A credit note (红字发票/贷项通知单) for an amount. */
    CREDIT_NOTE,
    /** A replacement part delivered free of charge; the amount, if given, is its value. */
    REPLACEMENT_PART,
    /** An amount paid to the company. */
    PAYMENT
}
