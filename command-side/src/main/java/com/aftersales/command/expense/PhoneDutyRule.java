package com.aftersales.command.expense;

import com.aftersales.command.common.RuleCode;

/** Every way a {@link PhoneDutyFailure} refuses a command, with its rule id (X7, S2) and stable code. */
public enum PhoneDutyRule implements RuleCode {
    /** X7: a CLERK or a SUPERVISOR records a failure to answer the phone on duty. */
    PHONE_DUTY_RECORDER_ROLE("X7", "PHONE_DUTY_RECORDER_ROLE"),
    /** X7: the record names the engineer and the time of the call. */
    PHONE_DUTY_FAILURE_INCOMPLETE("X7", "PHONE_DUTY_FAILURE_INCOMPLETE"),
    /** X7: phones are on duty from 08:00 to 22:00 (Asia/Shanghai): a call outside that is no failure. */
    PHONE_DUTY_OUTSIDE_HOURS("X7", "PHONE_DUTY_OUTSIDE_HOURS"),
    /** X7: a failure is recorded after the call, never ahead of it. */
    PHONE_DUTY_CALL_IN_FUTURE("X7", "PHONE_DUTY_CALL_IN_FUTURE"),
    /** X7: a SUPERVISOR records the engineer's explanation. */
    PHONE_DUTY_EXPLAINER_ROLE("X7", "PHONE_DUTY_EXPLAINER_ROLE"),
    /** X7: an explanation says what happened. */
    PHONE_DUTY_EXPLANATION_REQUIRED("X7", "PHONE_DUTY_EXPLANATION_REQUIRED"),
    /** X7: a failure is explained once; the decision on it stands. */
    PHONE_DUTY_ALREADY_EXPLAINED("X7", "PHONE_DUTY_ALREADY_EXPLAINED"),
    /** S2: nobody records or judges the explanation of their own failure. */
    PHONE_DUTY_ABOUT_ONESELF("S2", "PHONE_DUTY_ABOUT_ONESELF");

    private final String ruleId;
    private final String code;

    PhoneDutyRule(String ruleId, String code) {
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

    static void require(boolean condition, PhoneDutyRule rule, String message) {
        RuleCode.require(condition, rule, message);
    }
}
