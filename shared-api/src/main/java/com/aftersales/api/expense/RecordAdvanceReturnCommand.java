package com.aftersales.api.expense;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** X9, S1: FINANCE records that the engineer returned {@code amount} of a settled advance. */
public record RecordAdvanceReturnCommand(
        @TargetAggregateIdentifier TravelAdvanceId advanceId, BigDecimal amount, String reference) {}
