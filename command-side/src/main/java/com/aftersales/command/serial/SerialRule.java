package com.aftersales.command.serial;

import com.aftersales.command.common.RuleCode;

/** Every way a {@link SerialUnit} refuses a command; all belong to R2 (the facts warranty is judged by). */
public enum SerialRule implements RuleCode {
    /** A serial number is registered once; later changes are corrections, each with its reason. */
    SERIAL_ALREADY_REGISTERED("R2", "SERIAL_ALREADY_REGISTERED"),
    /** A model names the unit: it is never blank. */
    SERIAL_MODEL_REQUIRED("R2", "SERIAL_MODEL_REQUIRED"),
    /** A unit is activated or delivered on or after the day it was sold, never before. */
    SERIAL_DATES_OUT_OF_ORDER("R2", "SERIAL_DATES_OUT_OF_ORDER"),
    /** A correction says why: warranty decisions made on the old facts must stay explainable. */
    SERIAL_CORRECTION_REASON_REQUIRED("R2", "SERIAL_CORRECTION_REASON_REQUIRED"),
    /** A correction that changes nothing would record a change that did not happen. */
    SERIAL_FACTS_UNCHANGED("R2", "SERIAL_FACTS_UNCHANGED");

    private final String ruleId;
    private final String code;

    SerialRule(String ruleId, String code) {
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
