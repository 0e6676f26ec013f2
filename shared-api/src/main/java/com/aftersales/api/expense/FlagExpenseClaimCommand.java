package com.aftersales.api.expense;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * X3–X5, X7: the system records flags on {@code version} of a claim: the screening at submission,
 * or the counterpart of a duplicate found on a later claim. Flags already recorded (same flag id)
 * are left as they are.
 */
public record FlagExpenseClaimCommand(
        @TargetAggregateIdentifier ExpenseClaimId claimId, int version, List<ExpenseFlag> flags) {
    public FlagExpenseClaimCommand {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }
}
