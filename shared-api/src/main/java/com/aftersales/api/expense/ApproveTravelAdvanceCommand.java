package com.aftersales.api.expense;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** X9, S1: a SUPERVISOR approves an advance before the trip; never their own. */
public record ApproveTravelAdvanceCommand(
        @TargetAggregateIdentifier TravelAdvanceId advanceId, String note) {}
