package com.aftersales.api.expense;

/**
 * X3–X5, X7: the named fraud rules that flag a line or a claim. Each flag records the rule's
 * version, weight, the values it computed and the evidence it rests on ({@link ExpenseFlag}).
 */
public enum FraudRule {
    /** X5: the same invoice (normalised) on another line of this claim, another claim, or another engineer's. */
    DUPLICATE_INVOICE("X5"),
    /** X5: the same receipt file (same content hash) on another line. */
    DUPLICATE_RECEIPT_FILE("X5"),
    /** X3: the receipt was issued in a city that is neither the destination nor on the route. */
    ISSUE_CITY_OFF_TRIP("X3"),
    /** X3: the receipt was issued before the trip began or after it ended. */
    ISSUE_DATE_OUTSIDE_TRIP("X3"),
    /** X4: no dispatch (T7) of this engineer to the destination overlaps the trip's dates. */
    NO_MATCHING_DISPATCH("X4"),
    /** X5: the amount per day (per night for lodging) is over the policy cap of its category and city tier. */
    OVER_POLICY_CAP("X5"),
    /** X5: meals or lodging on a day the engineer was recorded in another city (a dispatch, an arrival). */
    RECORDED_ELSEWHERE("X5"),
    /** X5: a suspiciously round amount. */
    ROUND_AMOUNT("X5"),
    /** X5: claims of one engineer for the same trip that each stay under the approval limit but together exceed it. */
    SPLIT_CLAIMS("X5"),
    /** X7: a phone allowance on a trip during which a phone-duty failure was recorded and not explained. */
    PHONE_DUTY_FAILURE("X7");

    private final String ruleId;

    FraudRule(String ruleId) {
        this.ruleId = ruleId;
    }

    /** The business rule (RULES X3, X4, X5, X7) the fraud rule checks. */
    public String ruleId() {
        return ruleId;
    }
}
