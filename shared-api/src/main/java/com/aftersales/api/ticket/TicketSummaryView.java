package com.aftersales.api.ticket;

import java.time.Instant;

/**
 * A row of the ticket board: status, SLA due times and breach state, engineer or logistics handler.
 * {@code closable}: the ticket has everything closing needs (T9, T10) — the same judgement the
 * aggregate makes when asked to close it.
 */
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
        String logisticsHandlerId,
        ServiceMode mode,
        Instant registeredAt,
        Instant responseDueAt,
        Instant respondedAt,
        boolean responseBreached,
        Instant planDueAt,
        Instant plannedAt,
        boolean planBreached,
        boolean installationBreached,
        SlaState slaState,
        boolean difficultCase,
        int escalationLevel,
        SoftwareRequestClass softwareRequestClass,
        Integer softwarePriority,
        Instant closedAt,
        boolean closable,
        long version) {}
