package com.aftersales.api.parts;

/** R15: one part's stock ledger, every movement in order; a list of {@link StockMovementView}. */
public record FindStockLedgerQuery(String partNumber) {}
