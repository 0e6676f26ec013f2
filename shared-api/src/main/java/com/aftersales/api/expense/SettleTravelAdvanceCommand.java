package com.aftersales.api.expense;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** X9: the paid advance is settled against claim {@code claimId}, which reimbursed {@code reimbursed}. */
public record SettleTravelAdvanceCommand(
        @TargetAggregateIdentifier TravelAdvanceId advanceId, ExpenseClaimId claimId, BigDecimal reimbursed) {}
