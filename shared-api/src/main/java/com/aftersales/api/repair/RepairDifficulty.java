package com.aftersales.api.repair;

/** R5: how hard the repair is; its factor multiplies the labour (docs/domain/repair-orders.md). */
public enum RepairDifficulty {
    STANDARD,
    COMPLEX,
    SEVERE
}
