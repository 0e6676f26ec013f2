package com.aftersales.command.complaint;

import com.aftersales.command.common.RuleCode;

/** Every way a {@link Complaint} refuses a command, with its rule id (C1–C5, S2, P1) and stable code. */
public enum ComplaintRule implements RuleCode {
    /** C1: a complaint comes by phone, letter or visit, or from a callback. */
    COMPLAINT_CHANNEL_REQUIRED("C1", "COMPLAINT_CHANNEL_REQUIRED"),
    /** C1, T11: the channel is CALLBACK exactly when the complaint names the callback that revealed it. */
    COMPLAINT_CALLBACK_MISMATCH("C1", "COMPLAINT_CALLBACK_MISMATCH"),
    /** C2: a CLERK or a SUPERVISOR registers a complaint; the system registers a callback's. */
    COMPLAINT_REGISTRAR_ROLE("C2", "COMPLAINT_REGISTRAR_ROLE"),
    /** C2: the form names the customer. */
    COMPLAINT_CUSTOMER_REQUIRED("C2", "COMPLAINT_CUSTOMER_REQUIRED"),
    /** C2: the form names the ticket, the repair order or the engineer it concerns, at least one. */
    COMPLAINT_CONCERN_REQUIRED("C2", "COMPLAINT_CONCERN_REQUIRED"),
    /** C2: the form holds the complaint's content. */
    COMPLAINT_CONTENT_REQUIRED("C2", "COMPLAINT_CONTENT_REQUIRED"),
    /** C2: the form holds the time it was registered at. */
    COMPLAINT_TIME_REQUIRED("C2", "COMPLAINT_TIME_REQUIRED"),
    /** C3: a SUPERVISOR reviews a complaint. */
    COMPLAINT_REVIEWER_ROLE("C3", "COMPLAINT_REVIEWER_ROLE"),
    /** C3: a complaint is reviewed once, right after its registration. */
    COMPLAINT_ALREADY_REVIEWED("C3", "COMPLAINT_ALREADY_REVIEWED"),
    /** C3: a review gives its reasons, whether it accepts or rejects. */
    COMPLAINT_REVIEW_REASONS_REQUIRED("C3", "COMPLAINT_REVIEW_REASONS_REQUIRED"),
    /** C3: an accepted complaint has a category (the registered one or the review's). */
    COMPLAINT_CATEGORY_REQUIRED("C3", "COMPLAINT_CATEGORY_REQUIRED"),
    /**
     * C4: cause analysis, plan, result and archive are a SUPERVISOR's; handling and feedback a
     * SUPERVISOR's or a CLERK's.
     */
    COMPLAINT_HANDLER_ROLE("C4", "COMPLAINT_HANDLER_ROLE"),
    /** C4: each step of the handling follows the one before it. */
    COMPLAINT_STEP_OUT_OF_ORDER("C4", "COMPLAINT_STEP_OUT_OF_ORDER"),
    /** C4: the cause analysis names a cause and says how it was found. */
    COMPLAINT_CAUSE_REQUIRED("C4", "COMPLAINT_CAUSE_REQUIRED"),
    /** C4: the handling plan says what will be done. */
    COMPLAINT_PLAN_REQUIRED("C4", "COMPLAINT_PLAN_REQUIRED"),
    /** C4: the handling says what was done. */
    COMPLAINT_ACTIONS_REQUIRED("C4", "COMPLAINT_ACTIONS_REQUIRED"),
    /** C4: the feedback says how and when the customer heard back, and what they answered. */
    COMPLAINT_FEEDBACK_INCOMPLETE("C4", "COMPLAINT_FEEDBACK_INCOMPLETE"),
    /** C4: the result sent says what it was. */
    COMPLAINT_RESULT_SUMMARY_REQUIRED("C4", "COMPLAINT_RESULT_SUMMARY_REQUIRED"),
    /** C4: the result goes to the people involved and their supervisor, at least one person. */
    COMPLAINT_RESULT_RECIPIENTS_REQUIRED("C4", "COMPLAINT_RESULT_RECIPIENTS_REQUIRED"),
    /** C4: nothing is recorded on an archived complaint. */
    COMPLAINT_ARCHIVED("C4", "COMPLAINT_ARCHIVED"),
    /** C5: an accepted serious service fault about an engineer is archived only after its penalty is proposed. */
    COMPLAINT_PENALTY_NOT_PROPOSED("C5", "COMPLAINT_PENALTY_NOT_PROPOSED"),
    /** C5: only a serious service fault (improper language, soliciting, late or repeated for personal reasons) proposes a penalty. */
    COMPLAINT_PENALTY_NOT_SERIOUS("C5", "COMPLAINT_PENALTY_NOT_SERIOUS"),
    /** C5: a penalty is against the engineer the complaint concerns; without one there is nobody to propose it against. */
    COMPLAINT_PENALTY_NO_ENGINEER("C5", "COMPLAINT_PENALTY_NO_ENGINEER"),
    /** P1: a SUPERVISOR proposes a complaint's penalty. */
    COMPLAINT_PENALTY_PROPOSER_ROLE("P1", "COMPLAINT_PENALTY_PROPOSER_ROLE"),
    /** P1: a penalty is proposed from the investigation of an accepted complaint. */
    COMPLAINT_PENALTY_NOT_ACCEPTED("P1", "COMPLAINT_PENALTY_NOT_ACCEPTED"),
    /** P1: a complaint proposes one penalty. */
    COMPLAINT_PENALTY_ALREADY_PROPOSED("P1", "COMPLAINT_PENALTY_ALREADY_PROPOSED"),
    /** P1: a proposal names the penalty, suggests a kind by severity and says why. */
    COMPLAINT_PENALTY_PROPOSAL_INCOMPLETE("P1", "COMPLAINT_PENALTY_PROPOSAL_INCOMPLETE"),
    /** S2: nobody reviews, handles or otherwise acts on a complaint about themselves. */
    COMPLAINT_ABOUT_ONESELF("S2", "COMPLAINT_ABOUT_ONESELF");

    private final String ruleId;
    private final String code;

    ComplaintRule(String ruleId, String code) {
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

    static void require(boolean condition, ComplaintRule rule, String message) {
        RuleCode.require(condition, rule, message);
    }
}
