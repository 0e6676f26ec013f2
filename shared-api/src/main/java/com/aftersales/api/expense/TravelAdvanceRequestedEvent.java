package com.aftersales.api.expense;

import com.aftersales.api.common.UserId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** X9: {@code engineerId} asked for an advance of {@code amount} CNY for a trip. */
@Revision("1")
public record TravelAdvanceRequestedEvent(
        TravelAdvanceId advanceId,
        UserId engineerId,
        String destinationCity,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal amount,
        String purpose) {}
