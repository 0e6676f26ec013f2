package com.aftersales.api.expense;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** X9, S1: a SUPERVISOR (before approval) or FINANCE (before payment) rejects an advance with a reason. */
public record RejectTravelAdvanceCommand(
        @TargetAggregateIdentifier TravelAdvanceId advanceId, String reason) {}
