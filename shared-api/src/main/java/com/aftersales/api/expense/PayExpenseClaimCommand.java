package com.aftersales.api.expense;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * X2, X9, S1: FINANCE pays an audited claim; a travel advance it names is settled against it (the
 * claim pays the difference, or the engineer owes the rest back).
 */
public record PayExpenseClaimCommand(
        @TargetAggregateIdentifier ExpenseClaimId claimId, int version, String paymentReference) {}
