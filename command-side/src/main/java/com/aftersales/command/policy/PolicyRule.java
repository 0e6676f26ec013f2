package com.aftersales.command.policy;

import com.aftersales.command.common.RuleCode;

/**
 * Every way the {@link CompanyPolicy} refuses a change, with its rule id and stable code. A change
 * is a version of its own (S3: every change is an event with its author and reason); the numbers
 * of each family are checked against the rule they tune.
 */
public enum PolicyRule implements RuleCode {
    /** The author decided on another version than the one in force; the message names the current one. */
    STALE_POLICY_VERSION("S3", "STALE_POLICY_VERSION"),
    /** A change of the company's rules says why. */
    POLICY_REASON_REQUIRED("S3", "POLICY_REASON_REQUIRED"),
    /** The same settings again would be a version in which nothing changed. */
    POLICY_UNCHANGED("S3", "POLICY_UNCHANGED"),
    /** Every urgency has a response time, more than 0 and at most 24 h. */
    RESPONSE_TIME_INVALID("T3", "RESPONSE_TIME_INVALID"),
    /** A plan time, where given, is not shorter than the response time of its urgency. */
    PLAN_TIME_INVALID("T3", "PLAN_TIME_INVALID"),
    /** The loaner clock is longer than 0. */
    LOANER_TIME_INVALID("T10", "LOANER_TIME_INVALID"),
    /** Warranty term and extension per repair are whole positive months. */
    WARRANTY_MONTHS_INVALID("R2", "WARRANTY_MONTHS_INVALID"),
    /** A customer may ask for at least one re-inspection. */
    RE_INSPECTION_LIMIT_INVALID("R4", "RE_INSPECTION_LIMIT_INVALID"),
    /** Repair times are positive working days, the URGENT one not longer than the ordinary one. */
    REPAIR_DAYS_INVALID("R6", "REPAIR_DAYS_INVALID"),
    /** The repeat-repair window is a positive number of days. */
    REPEAT_WINDOW_INVALID("R12", "REPEAT_WINDOW_INVALID"),
    /** Diagnosis times are positive hours, the URGENT one not longer than the ordinary one. */
    DIAGNOSIS_HOURS_INVALID("R3", "DIAGNOSIS_HOURS_INVALID"),
    /** The customer is told the diagnosis within a positive number of working days. */
    CUSTOMER_NOTICE_DAYS_INVALID("R3", "CUSTOMER_NOTICE_DAYS_INVALID"),
    /** The management fee on parts is a percentage from 0 to 100. */
    MANAGEMENT_FEE_INVALID("R5", "MANAGEMENT_FEE_INVALID"),
    /** An outside station is chased every positive number of working days. */
    CHASE_DAYS_INVALID("R7", "CHASE_DAYS_INVALID"),
    /** The exchange period after receipt and the depreciation period are positive. */
    EXCHANGE_TERMS_INVALID("R9", "EXCHANGE_TERMS_INVALID"),
    /** The refund periods after purchase and of delay are positive. */
    REFUND_TERMS_INVALID("R10", "REFUND_TERMS_INVALID"),
    /** The sampling rate is a percentage from 0 (no sampling) to 100 (every repair). */
    SAMPLING_PERCENT_INVALID("R14", "SAMPLING_PERCENT_INVALID"),
    /** Feedback on a complaint is due after a positive number of working days. */
    FEEDBACK_DAYS_INVALID("C4", "FEEDBACK_DAYS_INVALID"),
    /** Every expense category has a positive cap for every city tier, at most to the fen. */
    EXPENSE_CAP_INVALID("X5", "EXPENSE_CAP_INVALID"),
    /** The weights of the four review dimensions are per cents from 0 to 100 that sum to 100. */
    REVIEW_WEIGHTS_INVALID("E1", "REVIEW_WEIGHTS_INVALID"),
    /** The points a score loses per repeat repair, QC failure or accepted complaint are 0 to 100. */
    REVIEW_POINTS_INVALID("E2", "REVIEW_POINTS_INVALID");

    private final String ruleId;
    private final String code;

    PolicyRule(String ruleId, String code) {
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

    static void require(boolean condition, PolicyRule rule, String message) {
        RuleCode.require(condition, rule, message);
    }
}
