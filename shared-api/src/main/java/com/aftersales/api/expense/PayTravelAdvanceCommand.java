package com.aftersales.api.expense;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** X9, S1: FINANCE pays an approved advance; never their own. */
public record PayTravelAdvanceCommand(
        @TargetAggregateIdentifier TravelAdvanceId advanceId, String paymentReference) {}
