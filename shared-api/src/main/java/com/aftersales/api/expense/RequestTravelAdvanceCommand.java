package com.aftersales.api.expense;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** X9: the acting ENGINEER asks for an advance of {@code amount} CNY before a trip. */
public record RequestTravelAdvanceCommand(
        @TargetAggregateIdentifier TravelAdvanceId advanceId,
        String destinationCity,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal amount,
        String purpose) {}
