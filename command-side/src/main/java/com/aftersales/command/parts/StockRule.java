package com.aftersales.command.parts;

import com.aftersales.command.common.RuleCode;

/** Every way a {@link PartStock} refuses a command; all belong to R15 (the stock ledger). */
public enum StockRule implements RuleCode {
    /** A receipt or write-off moves at least one unit. */
    STOCK_QUANTITY_NOT_POSITIVE("R15", "STOCK_QUANTITY_NOT_POSITIVE"),
    /** A unit cost is CNY, zero or more, with at most two decimals (fen). */
    UNIT_COST_INVALID("R15", "UNIT_COST_INVALID"),
    /** A receipt names the supplier's delivery it came with, so it can be traced back. */
    SUPPLIER_REFERENCE_REQUIRED("R15", "SUPPLIER_REFERENCE_REQUIRED"),
    /** Nothing leaves the shelf that the ledger does not hold: stock never goes below zero. */
    STOCK_WOULD_GO_NEGATIVE("R15", "STOCK_WOULD_GO_NEGATIVE"),
    /** A write-off says why the units are gone. */
    WRITE_OFF_REASON_REQUIRED("R15", "WRITE_OFF_REASON_REQUIRED"),
    /** A stocktaking count is zero or more units. */
    COUNT_NEGATIVE("R15", "COUNT_NEGATIVE");

    private final String ruleId;
    private final String code;

    StockRule(String ruleId, String code) {
        this.ruleId = ruleId;
        this.code = code;
    }

    @Override
    public String ruleId() {
        return ruleId;
    }

    @Override
    public String code() {
        return code;
    }
}
