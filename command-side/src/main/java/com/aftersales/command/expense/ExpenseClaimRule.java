package com.aftersales.command.expense;

import com.aftersales.command.common.RuleCode;

/** Every way an {@link ExpenseClaim} refuses a command, with its rule id (X1, X2, X5, X6, X9, S1) and stable code. */
public enum ExpenseClaimRule implements RuleCode {
    /** X1: an ENGINEER claims, and corrects, the costs of their own trip. */
    EXPENSE_CLAIMANT_ROLE("X1", "EXPENSE_CLAIMANT_ROLE"),
    /** X1: the trip names its destination and its first and last day. */
    EXPENSE_TRIP_REQUIRED("X1", "EXPENSE_TRIP_REQUIRED"),
    /** X1: a trip does not end before it starts. */
    EXPENSE_TRIP_DATES("X1", "EXPENSE_TRIP_DATES"),
    /** X1: a trip lasts at most {@value ClaimLines#MAX_TRIP_DAYS} days. */
    EXPENSE_TRIP_TOO_LONG("X1", "EXPENSE_TRIP_TOO_LONG"),
    /** X1: a claim has between 1 and {@value ClaimLines#MAX_LINES} lines. */
    EXPENSE_LINE_COUNT("X1", "EXPENSE_LINE_COUNT"),
    /** X1: lines are numbered 1..n in order. */
    EXPENSE_LINE_NUMBERS("X1", "EXPENSE_LINE_NUMBERS"),
    /** X1: each line has its category, invoice, issuer, issue date and city, and its receipt file. */
    EXPENSE_LINE_INCOMPLETE("X1", "EXPENSE_LINE_INCOMPLETE"),
    /** X1: an amount is above zero, in CNY to the fen at most. */
    EXPENSE_LINE_AMOUNT("X1", "EXPENSE_LINE_AMOUNT"),
    /** X1: an invoice is a 10- or 12-digit code with an 8-digit number, or a 20-digit e-invoice number. */
    EXPENSE_INVOICE_MALFORMED("X1", "EXPENSE_INVOICE_MALFORMED"),
    /** X2: a claim id is submitted once; later versions are resubmissions. */
    EXPENSE_CLAIM_EXISTS("X2", "EXPENSE_CLAIM_EXISTS"),
    /** X2: each step of the flow is taken in its role (SUPERVISOR approves, FINANCE audits and pays). */
    EXPENSE_STEP_ROLE("X2", "EXPENSE_STEP_ROLE"),
    /** X2: each step follows the one before it. */
    EXPENSE_STEP_OUT_OF_ORDER("X2", "EXPENSE_STEP_OUT_OF_ORDER"),
    /** X2: a step names the current version of the claim; an older one is stale. */
    EXPENSE_STALE_VERSION("X2", "EXPENSE_STALE_VERSION"),
    /** X2: a rejection says why. */
    EXPENSE_REASON_REQUIRED("X2", "EXPENSE_REASON_REQUIRED"),
    /** X2: only the claimant corrects and resubmits their rejected claim. */
    EXPENSE_NOT_CLAIMANT("X2", "EXPENSE_NOT_CLAIMANT"),
    /** X2: a payment names its reference. */
    EXPENSE_PAYMENT_REFERENCE_REQUIRED("X2", "EXPENSE_PAYMENT_REFERENCE_REQUIRED"),
    /** X5: flags are raised by the system's screening, not by a person. */
    EXPENSE_FLAG_BY_SYSTEM_ONLY("X5", "EXPENSE_FLAG_BY_SYSTEM_ONLY"),
    /** X5: a flag is on a version the claim has. */
    EXPENSE_FLAG_VERSION_UNKNOWN("X5", "EXPENSE_FLAG_VERSION_UNKNOWN"),
    /** X6: the audit and the payment wait until every flag on the current version is decided. */
    EXPENSE_FLAGS_OPEN("X6", "EXPENSE_FLAGS_OPEN"),
    /** X6: a decision is about a flag on the claim. */
    EXPENSE_FLAG_UNKNOWN("X6", "EXPENSE_FLAG_UNKNOWN"),
    /** X6: a flag is decided once; the finding stays. */
    EXPENSE_FLAG_ALREADY_DECIDED("X6", "EXPENSE_FLAG_ALREADY_DECIDED"),
    /** X6: a decision confirms or dismisses, and says why. */
    EXPENSE_DECISION_INCOMPLETE("X6", "EXPENSE_DECISION_INCOMPLETE"),
    /** X6, P1: a confirmation says what is not reimbursed and names the penalty it proposes. */
    EXPENSE_CONFIRMATION_INCOMPLETE("X6", "EXPENSE_CONFIRMATION_INCOMPLETE"),
    /** X6: flags are decided before the audit; an audited or paid claim keeps its decisions. */
    EXPENSE_DECISION_AFTER_AUDIT("X6", "EXPENSE_DECISION_AFTER_AUDIT"),
    /** X9: a claim settles a paid, not yet settled advance. */
    EXPENSE_ADVANCE_NOT_OUTSTANDING("X9", "EXPENSE_ADVANCE_NOT_OUTSTANDING"),
    /** X9: a claim settles its claimant's own advance. */
    EXPENSE_ADVANCE_OF_ANOTHER("X9", "EXPENSE_ADVANCE_OF_ANOTHER"),
    /** S1: nobody approves, rejects, audits, pays or decides a flag of their own claim, in whatever role. */
    EXPENSE_OWN_CLAIM("S1", "EXPENSE_OWN_CLAIM");

    private final String ruleId;
    private final String code;

    ExpenseClaimRule(String ruleId, String code) {
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

    static void require(boolean condition, ExpenseClaimRule rule, String message) {
        RuleCode.require(condition, rule, message);
    }
}
