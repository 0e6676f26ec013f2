package com.aftersales.api.expense;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * X2, S1: {@code version} is rejected with a reason at the step it is at: by the SUPERVISOR before
 * approval, by FINANCE at the audit or before payment. Never by the claimant.
 */
public record RejectExpenseClaimCommand(
        @TargetAggregateIdentifier ExpenseClaimId claimId, int version, String reason) {}
