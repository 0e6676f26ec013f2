package com.aftersales.command.penalty;

import com.aftersales.command.common.RuleCode;

/** Every way a {@link Penalty} refuses a command, with its rule id (P1–P3, S2) and stable code. */
public enum PenaltyRule implements RuleCode {
    /** A proposal names where it comes from (kind and id) and whom it is about. */
    PENALTY_SOURCE_REQUIRED("P1", "PENALTY_SOURCE_REQUIRED"),
    /** QUALITY proposes from a review, a SUPERVISOR from a complaint, FINANCE from an expense audit. */
    PENALTY_PROPOSER_ROLE("P1", "PENALTY_PROPOSER_ROLE"),
    /** A quality review's penalty is proposed by the review's ENGINEER decision, not on its own (R13). */
    PENALTY_REVIEW_PROPOSAL_BY_DECISION_ONLY("P1", "PENALTY_REVIEW_PROPOSAL_BY_DECISION_ONLY"),
    /** A complaint's penalty is proposed by the complaint's investigation (C5), not on its own. */
    PENALTY_COMPLAINT_PROPOSAL_BY_COMPLAINT_ONLY("P1", "PENALTY_COMPLAINT_PROPOSAL_BY_COMPLAINT_ONLY"),
    /** X6: an expense audit's penalty is proposed by finance's confirmation of a flag on the claim, not on its own. */
    PENALTY_EXPENSE_PROPOSAL_BY_CLAIM_ONLY("P1", "PENALTY_EXPENSE_PROPOSAL_BY_CLAIM_ONLY"),
    /** The kind is suggested by the proposal and decided by the MANAGER. */
    PENALTY_KIND_REQUIRED("P1", "PENALTY_KIND_REQUIRED"),
    /** A proposal and a decision say why. */
    PENALTY_REASON_REQUIRED("P1", "PENALTY_REASON_REQUIRED"),
    /** Penalties, appeals and revocations are decided by a MANAGER. */
    PENALTY_NOT_A_MANAGER("P1", "PENALTY_NOT_A_MANAGER"),
    /** A proposal is decided once; a decided penalty changes by appeal or revocation only. */
    PENALTY_ALREADY_DECIDED("P1", "PENALTY_ALREADY_DECIDED"),
    /** A fine (罚款) has an amount in CNY above zero. */
    PENALTY_FINE_AMOUNT_REQUIRED("P1", "PENALTY_FINE_AMOUNT_REQUIRED"),
    /** Only a fine has an amount. */
    PENALTY_AMOUNT_ONLY_FOR_FINE("P1", "PENALTY_AMOUNT_ONLY_FOR_FINE"),
    /** A penalty cites at least one fact that justifies it. */
    PENALTY_EVIDENCE_REQUIRED("P2", "PENALTY_EVIDENCE_REQUIRED"),
    /** Only an imposed penalty (not yet revoked) is appealed or revoked. */
    PENALTY_NOT_IMPOSED("P3", "PENALTY_NOT_IMPOSED"),
    /** Only the penalised person appeals. */
    PENALTY_APPEAL_NOT_BY_SUBJECT("P3", "PENALTY_APPEAL_NOT_BY_SUBJECT"),
    /** A penalty is appealed once. */
    PENALTY_ALREADY_APPEALED("P3", "PENALTY_ALREADY_APPEALED"),
    /** An appeal is decided when one is pending. */
    PENALTY_NO_APPEAL_PENDING("P3", "PENALTY_NO_APPEAL_PENDING"),
    /** An appeal is upheld or dismissed. */
    PENALTY_APPEAL_OUTCOME_REQUIRED("P3", "PENALTY_APPEAL_OUTCOME_REQUIRED"),
    /** An appeal and its decision say why. */
    PENALTY_APPEAL_REASON_REQUIRED("P3", "PENALTY_APPEAL_REASON_REQUIRED"),
    /** A revocation says why. */
    PENALTY_REVOCATION_REASON_REQUIRED("P3", "PENALTY_REVOCATION_REASON_REQUIRED"),
    /** Nobody decides, revokes or decides the appeal of a penalty about themselves. */
    PENALTY_ABOUT_ONESELF("S2", "PENALTY_ABOUT_ONESELF"),
    /** The proposer does not decide their own proposal. */
    PENALTY_OWN_PROPOSAL("S2", "PENALTY_OWN_PROPOSAL");

    private final String ruleId;
    private final String code;

    PenaltyRule(String ruleId, String code) {
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

    static void require(boolean condition, PenaltyRule rule, String message) {
        RuleCode.require(condition, rule, message);
    }
}
