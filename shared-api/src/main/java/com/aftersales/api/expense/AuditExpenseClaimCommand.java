package com.aftersales.api.expense;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * X2, S1: FINANCE passes the audit of {@code version} once every flag on it is decided; what is
 * reimbursable is the claim less the lines (or the whole claim) a confirmed falsification took out
 * (X6).
 */
public record AuditExpenseClaimCommand(
        @TargetAggregateIdentifier ExpenseClaimId claimId, int version, String note) {}
