package com.aftersales.api.repair;

/** R3: who pays for the repair. CUSTOMER and NEGOTIATED repairs are quoted and paid first (R5). */
public enum Payer {
    COMPANY,
    CUSTOMER,
    SUPPLIER,
    NEGOTIATED;

    /** R5: the customer confirms a quote and pays before the work starts. */
    public boolean customerPays() {
        return this == CUSTOMER || this == NEGOTIATED;
    }
}
