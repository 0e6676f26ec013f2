package com.aftersales.command.ticket;

import com.aftersales.command.common.RuleCode;

/** Every way a {@link ServiceTicket} refuses an installation-guidance fee, with its rule id (M1) and stable code. */
public enum GuidanceFeeRule implements RuleCode {
    /** M1: a CLERK or FINANCE records an installation-guidance fee. */
    GUIDANCE_FEE_RECORDER_ROLE("M1", "GUIDANCE_FEE_RECORDER_ROLE"),
    /** M1: only an INSTALLATION request has an installation-guidance fee. */
    GUIDANCE_FEE_NOT_INSTALLATION("M1", "GUIDANCE_FEE_NOT_INSTALLATION"),
    /** M1: a fee has an id of its own on the ticket. */
    GUIDANCE_FEE_ID_REQUIRED("M1", "GUIDANCE_FEE_ID_REQUIRED"),
    /** M1: the amount is above zero, in CNY with at most two decimals. */
    GUIDANCE_FEE_AMOUNT_INVALID("M1", "GUIDANCE_FEE_AMOUNT_INVALID"),
    /** M1: the day the fee was incurred decides the month it counts in. */
    GUIDANCE_FEE_DATE_REQUIRED("M1", "GUIDANCE_FEE_DATE_REQUIRED"),
    /** M1: a fee is recorded once; the same id again is refused. */
    GUIDANCE_FEE_ALREADY_RECORDED("M1", "GUIDANCE_FEE_ALREADY_RECORDED");

    private final String ruleId;
    private final String code;

    GuidanceFeeRule(String ruleId, String code) {
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

    static void require(boolean condition, GuidanceFeeRule rule, String message) {
        RuleCode.require(condition, rule, message);
    }
}
