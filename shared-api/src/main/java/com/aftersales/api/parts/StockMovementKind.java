package com.aftersales.api.parts;

/** R15: the kinds of movement in a part's stock ledger. */
public enum StockMovementKind {
    RECEIVED,
    ISSUED,
    RETURNED,
    WRITTEN_OFF,
    /** A stocktaking count (盘点); its quantity change is the difference found, often zero. */
    COUNTED
}
