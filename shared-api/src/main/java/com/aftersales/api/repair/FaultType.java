package com.aftersales.api.repair;

/** R3: the kind of fault a diagnosis finds. MISUSE is caused by the customer. */
public enum FaultType {
    HARDWARE,
    SOFTWARE,
    COSMETIC,
    MISUSE
}
