package com.aftersales.api.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything the board knows about one ticket; its event history is asked for separately. */
public record TicketDetailView(
        TicketSummaryView summary,
        String customerId,
        ProductKind productKind,
        LocalDate purchaseDate,
        String unitClass,
        String faultDescription,
        boolean underServiceContract,
        Instant appointmentAt,
        LocalDate contractDeadline,
        Instant arrivedAt,
        Instant unitReceivedAt,
        String plan,
        String reportFaultCause,
        String reportSolution,
        List<String> partsReplaced,
        Integer satisfaction,
        Instant departedAt,
        String departureSupervisorId,
        LogisticsOutcome logisticsOutcome,
        String logisticsNote,
        boolean customerConfirmed,
        String loanerSerialNumber,
        boolean loanerReturned,
        int callbacks,
        Integer lastCallbackSatisfaction,
        List<DispatchView> dispatches) {}
