package com.aftersales.api.expense;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** X2, S1: a SUPERVISOR approves {@code version} of a claim that is not their own. */
public record ApproveExpenseClaimCommand(
        @TargetAggregateIdentifier ExpenseClaimId claimId, int version, String note) {}
