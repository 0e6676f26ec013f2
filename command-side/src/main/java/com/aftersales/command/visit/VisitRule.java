package com.aftersales.command.visit;

import com.aftersales.command.common.RuleCode;

/** Every way the {@link KeyCustomerVisitPlan} refuses a command; all belong to T11 (the visit plan). */
public enum VisitRule implements RuleCode {
    /** A plan runs once at a time: marking a key customer again would restart its clock. */
    ALREADY_A_KEY_CUSTOMER("T11", "ALREADY_A_KEY_CUSTOMER"),
    /** Visits and unmarking need a key customer (never marked, or unmarked). */
    NOT_A_KEY_CUSTOMER("T11", "NOT_A_KEY_CUSTOMER"),
    /** The first visit is counted from a delivery that happened, not one planned. */
    DELIVERY_IN_THE_FUTURE("T11", "DELIVERY_IN_THE_FUTURE"),
    /** A visit before the delivery is no visit of the delivered customer's plan. */
    VISIT_BEFORE_DELIVERY("T11", "VISIT_BEFORE_DELIVERY"),
    /** Only visits that took place are recorded; a planned one would stop the clock too early. */
    VISIT_IN_THE_FUTURE("T11", "VISIT_IN_THE_FUTURE"),
    /** One visit is recorded once (a retried request must not count it twice). */
    DUPLICATE_VISIT("T11", "DUPLICATE_VISIT"),
    /** What was done at the visit. */
    SUMMARY_REQUIRED("T11", "SUMMARY_REQUIRED"),
    /** Why a customer is marked or unmarked as a key customer. */
    REASON_REQUIRED("T11", "REASON_REQUIRED");

    private final String ruleId;
    private final String code;

    VisitRule(String ruleId, String code) {
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

    static void require(boolean condition, VisitRule rule, String message) {
        RuleCode.require(condition, rule, message);
    }
}
