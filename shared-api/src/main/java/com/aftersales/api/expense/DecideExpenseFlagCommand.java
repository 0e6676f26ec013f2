package com.aftersales.api.expense;

import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.api.penalty.PenaltyKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * X6, P1, S1: FINANCE confirms or dismisses one flag, with a reason. A confirmation is a finding
 * of falsification: {@code scope} says whether the line or the whole claim is not reimbursed, and
 * a penalty {@code penaltyId} is proposed against the claimant with the flag's evidence, {@code
 * proposedKind} being finance's suggestion to the MANAGER.
 */
public record DecideExpenseFlagCommand(
        @TargetAggregateIdentifier ExpenseClaimId claimId,
        String flagId,
        FlagDecision decision,
        String reason,
        NonReimbursableScope scope,
        PenaltyId penaltyId,
        PenaltyKind proposedKind) {}
