package com.aftersales.api.ticket;

import java.time.Instant;

/** A row of the ticket board: status, SLA due times and breach state, engineer. */
public record TicketSummaryView(
        String ticketId,
        String ticketNumber,
        TicketStatus status,
        Urgency urgency,
        IntakeChannel channel,
        CustomerRequest request,
        String productModel,
        String serialNumber,
        Department department,
        String engineerId,
        ServiceMode mode,
        Instant registeredAt,
        Instant responseDueAt,
        Instant respondedAt,
        boolean responseBreached,
        Instant planDueAt,
        Instant plannedAt,
        boolean planBreached,
        SlaState slaState,
        boolean difficultCase,
        int escalationLevel,
        SoftwareRequestClass softwareRequestClass,
        Integer softwarePriority,
        Instant closedAt,
        long version) {}
