package com.aftersales.command.contract;

import com.aftersales.command.common.RuleCode;

/**
 * Every way a {@link ServiceContract} refuses a command, with its rule id and stable code. All
 * belong to T13: a contract names its units, its period and its terms, which replace the T3 hours
 * for those units, so each unit has at most one contract on any day.
 */
public enum ContractRule implements RuleCode {
    /** An amendment or termination decided on a version the contract has since left behind. */
    STALE_CONTRACT_VERSION("T13", "STALE_CONTRACT_VERSION"),
    /** The contract number is how the customer and the desk name the contract. */
    CONTRACT_NUMBER_REQUIRED("T13", "CONTRACT_NUMBER_REQUIRED"),
    /** A contract that covers no unit changes no clock. */
    SERIAL_NUMBER_REQUIRED("T13", "SERIAL_NUMBER_REQUIRED"),
    /** A blank serial number matches no unit. */
    SERIAL_NUMBER_BLANK("T13", "SERIAL_NUMBER_BLANK"),
    /** The period's first day is after its last. */
    PERIOD_INVALID("T13", "PERIOD_INVALID"),
    /** The response time must be more than zero and at most 24 h, T3's longest response. */
    RESPONSE_TIME_OUT_OF_RANGE("T13", "RESPONSE_TIME_OUT_OF_RANGE"),
    /** An on-site, fix or plan clock, when the contract has one, must be more than zero. */
    CLOCK_NOT_POSITIVE("T13", "CLOCK_NOT_POSITIVE"),
    /** The engineer cannot be on site before the desk has responded. */
    ON_SITE_SOONER_THAN_RESPONSE("T13", "ON_SITE_SOONER_THAN_RESPONSE"),
    /** The fix cannot be due before the engineer is due on site (or, without an on-site clock, the response). */
    FIX_SOONER_THAN_ON_SITE("T13", "FIX_SOONER_THAN_ON_SITE"),
    /** Another contract covers one of the units on a day of this period. */
    UNIT_ALREADY_COVERED("T13", "UNIT_ALREADY_COVERED"),
    /** A terminated contract is over: it is neither amended nor terminated again. */
    CONTRACT_TERMINATED("T13", "CONTRACT_TERMINATED"),
    /** The last day of a termination lies within the contract's period. */
    TERMINATION_OUTSIDE_PERIOD("T13", "TERMINATION_OUTSIDE_PERIOD"),
    /** An amendment that changes nothing would record a change that did not happen. */
    AMENDMENT_CHANGES_NOTHING("T13", "AMENDMENT_CHANGES_NOTHING"),
    /** Amendments and terminations say why. */
    REASON_REQUIRED("T13", "REASON_REQUIRED");

    private final String ruleId;
    private final String code;

    ContractRule(String ruleId, String code) {
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

    static void require(boolean condition, ContractRule rule, String message) {
        RuleCode.require(condition, rule, message);
    }
}
