package com.aftersales.api.parts;

/** R15: one part's stock level; an optional {@link PartStockView}. */
public record FindPartStockQuery(String partNumber) {}
