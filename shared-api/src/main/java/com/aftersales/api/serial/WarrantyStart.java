package com.aftersales.api.serial;

/** R2: what a unit's warranty runs from: the warranty card's activation date, else the delivery date. */
public enum WarrantyStart {
    ACTIVATION,
    DELIVERY,
    /** Neither date is known: only a repair's extension can put the unit in warranty. */
    UNKNOWN
}
