package com.aftersales.command.supplier;

import com.aftersales.command.common.RuleCode;

/**
 * Every way a {@link SupplierClaim} refuses a command. All belong to R3: a supplier-caused fault is
 * claimed through purchasing and tracked to its outcome, one step after the other.
 */
public enum SupplierClaimRule implements RuleCode {
    /** The unit the fault was found on. */
    CLAIM_SERIAL_REQUIRED("R3", "CLAIM_SERIAL_REQUIRED"),
    /** Whom the claim is against. */
    CLAIM_SUPPLIER_REQUIRED("R3", "CLAIM_SUPPLIER_REQUIRED"),
    /** What failed and how: the supplier answers to this. */
    CLAIM_DESCRIPTION_REQUIRED("R3", "CLAIM_DESCRIPTION_REQUIRED"),
    /** The diagnosis's category, from the maintained list (a retired one still counts: old diagnoses keep it). */
    CLAIM_FAULT_CATEGORY_UNKNOWN("R3", "CLAIM_FAULT_CATEGORY_UNKNOWN"),
    /** Purchasing's number for the claim, so the supplier's answer can be matched to it. */
    CLAIM_PURCHASING_REFERENCE_REQUIRED("R3", "CLAIM_PURCHASING_REFERENCE_REQUIRED"),
    /** A claim goes to purchasing once. */
    CLAIM_ALREADY_SENT("R3", "CLAIM_ALREADY_SENT"),
    /** The supplier answers a claim purchasing has sent, not one still in the workshop. */
    CLAIM_NOT_SENT("R3", "CLAIM_NOT_SENT"),
    CLAIM_ALREADY_ANSWERED("R3", "CLAIM_ALREADY_ANSWERED"),
    /** A rejection, or a partial acceptance, says why. */
    CLAIM_ANSWER_REASON_REQUIRED("R3", "CLAIM_ANSWER_REASON_REQUIRED"),
    /** Nothing is settled before the supplier has accepted the claim, fully or in part. */
    CLAIM_SETTLEMENT_BEFORE_ANSWER("R3", "CLAIM_SETTLEMENT_BEFORE_ANSWER"),
    /** A rejected claim has nothing to settle: it is closed. */
    CLAIM_SETTLEMENT_AFTER_REJECTION("R3", "CLAIM_SETTLEMENT_AFTER_REJECTION"),
    CLAIM_ALREADY_SETTLED("R3", "CLAIM_ALREADY_SETTLED"),
    /**
     * A credit note or a payment has an amount; any amount is positive, in CNY with at most two
     * decimals, below one trillion.
     */
    CLAIM_SETTLEMENT_AMOUNT_INVALID("R3", "CLAIM_SETTLEMENT_AMOUNT_INVALID"),
    /** The credit note's or payment's number, or the replacement part's. */
    CLAIM_SETTLEMENT_REFERENCE_REQUIRED("R3", "CLAIM_SETTLEMENT_REFERENCE_REQUIRED"),
    /** A claim closes with its outcome: settled, or rejected by the supplier. */
    CLAIM_CLOSE_BEFORE_OUTCOME("R3", "CLAIM_CLOSE_BEFORE_OUTCOME"),
    /** A closed claim takes no more steps. */
    CLAIM_CLOSED("R3", "CLAIM_CLOSED");

    private final String ruleId;
    private final String code;

    SupplierClaimRule(String ruleId, String code) {
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

    static void require(boolean condition, SupplierClaimRule rule, String message) {
        RuleCode.require(condition, rule, message);
    }
}
