package com.aftersales.command.expense;

import com.aftersales.command.common.RuleCode;

/** Every way a {@link TravelAdvance} refuses a command, with its rule id (X9, S1) and stable code. */
public enum TravelAdvanceRule implements RuleCode {
    /** X9: an ENGINEER requests an advance, SUPERVISOR approves, FINANCE pays, settles and takes returns. */
    ADVANCE_ROLE("X9", "ADVANCE_ROLE"),
    /** X9: an advance id is requested once. */
    ADVANCE_EXISTS("X9", "ADVANCE_EXISTS"),
    /** X9: a request names the destination and the trip's first and last day, the first not after the last. */
    ADVANCE_TRIP_REQUIRED("X9", "ADVANCE_TRIP_REQUIRED"),
    /** X9: an advance is requested before the trip: its start is today or later (Asia/Shanghai). */
    ADVANCE_AFTER_TRIP_START("X9", "ADVANCE_AFTER_TRIP_START"),
    /** X9: an amount is above zero, in CNY to the fen at most. */
    ADVANCE_AMOUNT("X9", "ADVANCE_AMOUNT"),
    /** X9: each step follows the one before it. */
    ADVANCE_STEP_OUT_OF_ORDER("X9", "ADVANCE_STEP_OUT_OF_ORDER"),
    /** X9: an advance is approved before its trip has ended. */
    ADVANCE_TRIP_OVER("X9", "ADVANCE_TRIP_OVER"),
    /** X9: a rejection says why, a payment and a return name their reference. */
    ADVANCE_REASON_REQUIRED("X9", "ADVANCE_REASON_REQUIRED"),
    /** X9: an advance is settled once, against one claim. */
    ADVANCE_ALREADY_SETTLED("X9", "ADVANCE_ALREADY_SETTLED"),
    /** X9: what is returned is exactly what the settlement left due. */
    ADVANCE_RETURN_AMOUNT("X9", "ADVANCE_RETURN_AMOUNT"),
    /** S1: nobody approves, rejects, pays, settles or takes the return of their own advance. */
    ADVANCE_OWN("S1", "ADVANCE_OWN");

    private final String ruleId;
    private final String code;

    TravelAdvanceRule(String ruleId, String code) {
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

    static void require(boolean condition, TravelAdvanceRule rule, String message) {
        RuleCode.require(condition, rule, message);
    }
}
