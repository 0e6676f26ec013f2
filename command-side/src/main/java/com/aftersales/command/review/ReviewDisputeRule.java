package com.aftersales.command.review;

import com.aftersales.command.common.RuleCode;

/** Every way a {@link ReviewDispute} refuses a command, with its rule id (E2, S2) and stable code. */
public enum ReviewDisputeRule implements RuleCode {
    /** E2: an ENGINEER disputes an item of their review. */
    REVIEW_DISPUTE_ENGINEER_ROLE("E2", "REVIEW_DISPUTE_ENGINEER_ROLE"),
    /** E2: the dispute names the engineer, dimension, metric, month and the event behind the item. */
    REVIEW_DISPUTE_ITEM_INCOMPLETE("E2", "REVIEW_DISPUTE_ITEM_INCOMPLETE"),
    /** E2: a dispute's id is the one its engineer, metric and event name, so an item is disputed once. */
    REVIEW_DISPUTE_ID_MISMATCH("E2", "REVIEW_DISPUTE_ID_MISMATCH"),
    /** E2: an engineer disputes only their own items. */
    REVIEW_DISPUTE_NOT_OWN_ITEM("E2", "REVIEW_DISPUTE_NOT_OWN_ITEM"),
    /** E2: a dispute, and a decision on it, says why. */
    REVIEW_DISPUTE_REASON_REQUIRED("E2", "REVIEW_DISPUTE_REASON_REQUIRED"),
    /** E2: an item is disputed once. */
    REVIEW_DISPUTE_ALREADY_RAISED("E2", "REVIEW_DISPUTE_ALREADY_RAISED"),
    /** E2: a SUPERVISOR or a MANAGER decides a dispute. */
    REVIEW_DISPUTE_DECIDER_ROLE("E2", "REVIEW_DISPUTE_DECIDER_ROLE"),
    /** E2: the decision says whether the item stands or is removed. */
    REVIEW_DISPUTE_DECISION_REQUIRED("E2", "REVIEW_DISPUTE_DECISION_REQUIRED"),
    /** E2: a dispute is decided once. */
    REVIEW_DISPUTE_ALREADY_DECIDED("E2", "REVIEW_DISPUTE_ALREADY_DECIDED"),
    /** S2: nobody decides a dispute about their own review. */
    REVIEW_DISPUTE_ABOUT_ONESELF("S2", "REVIEW_DISPUTE_ABOUT_ONESELF");

    private final String ruleId;
    private final String code;

    ReviewDisputeRule(String ruleId, String code) {
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

    static void require(boolean condition, ReviewDisputeRule rule, String message) {
        RuleCode.require(condition, rule, message);
    }
}
