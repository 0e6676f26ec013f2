package com.aftersales.api.ticket;

import java.math.BigDecimal;
import java.time.LocalDate;

/** T7: one dispatch as shown on a ticket. */
public record DispatchView(
        String dispatchId,
        String engineerId,
        LocalDate startDate,
        LocalDate endDate,
        int personDays,
        String destinationCity,
        BigDecimal travel,
        BigDecimal lodging,
        BigDecimal transport,
        BigDecimal materials) {}
