package com.aftersales.command.quality;

import com.aftersales.command.common.RuleCode;

/** Every way a {@link QualityReview} refuses a command, with its rule id (R13, P1, S2) and stable code. */
public enum QualityReviewRule implements RuleCode {
    /** A review is opened with the repeat's facts: both orders, both engineers, the serial number. */
    REVIEW_FACTS_REQUIRED("R13", "REVIEW_FACTS_REQUIRED"),
    /** A review is decided once; a correction is a revision of the decision. */
    REVIEW_ALREADY_DECIDED("R13", "REVIEW_ALREADY_DECIDED"),
    /** Only a decided review has a decision to revise. */
    REVIEW_NOT_DECIDED("R13", "REVIEW_NOT_DECIDED"),
    /** PRODUCT, CUSTOMER or ENGINEER. */
    REVIEW_CAUSE_REQUIRED("R13", "REVIEW_CAUSE_REQUIRED"),
    /** A decision says why. */
    REVIEW_REASONS_REQUIRED("R13", "REVIEW_REASONS_REQUIRED"),
    /** A decision cites at least the earlier and the later repair order. */
    REVIEW_ORDERS_NOT_CITED("R13", "REVIEW_ORDERS_NOT_CITED"),
    /** A PRODUCT cause is fed back to engineering and the supplier: to whom, and what. */
    REVIEW_PRODUCT_FEEDBACK_REQUIRED("R13", "REVIEW_PRODUCT_FEEDBACK_REQUIRED"),
    /** Feedback to engineering and the supplier belongs to a PRODUCT cause only. */
    REVIEW_FEEDBACK_ONLY_FOR_PRODUCT("R13", "REVIEW_FEEDBACK_ONLY_FOR_PRODUCT"),
    /** Only an ENGINEER cause counts against the engineer, and so only it may propose a penalty. */
    REVIEW_PENALTY_ONLY_FOR_ENGINEER_CAUSE("R13", "REVIEW_PENALTY_ONLY_FOR_ENGINEER_CAUSE"),
    /** A revision says why the first decision was wrong. */
    REVIEW_REVISION_REASON_REQUIRED("R13", "REVIEW_REVISION_REASON_REQUIRED"),
    /** A penalty proposal has its id, a suggested kind and a reason. */
    REVIEW_PENALTY_PROPOSAL_INCOMPLETE("P1", "REVIEW_PENALTY_PROPOSAL_INCOMPLETE"),
    /** Reviews are decided in the role QUALITY. */
    REVIEW_NOT_BY_QUALITY("S2", "REVIEW_NOT_BY_QUALITY"),
    /** Nobody decides a review of a repair they did, earlier or later. */
    REVIEW_OF_OWN_WORK("S2", "REVIEW_OF_OWN_WORK");

    private final String ruleId;
    private final String code;

    QualityReviewRule(String ruleId, String code) {
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

    static void require(boolean condition, QualityReviewRule rule, String message) {
        RuleCode.require(condition, rule, message);
    }
}
