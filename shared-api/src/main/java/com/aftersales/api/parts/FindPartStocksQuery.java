package com.aftersales.api.parts;

/** R15: the stock level of every part ever received, by part number; a list of {@link PartStockView}. */
public record FindPartStocksQuery() {}
