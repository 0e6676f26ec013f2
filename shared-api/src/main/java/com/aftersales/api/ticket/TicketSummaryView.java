package com.aftersales.api.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A row of the ticket board: status, SLA due times and breach state, engineer or logistics handler.
 * {@code closable}: the ticket has everything closing needs (T9, T10) — the same judgement the
 * aggregate makes when asked to close it. {@code contractNumber} names the service contract that set
 * the clocks (T13); the on-site and fix clocks exist only under a contract. While the ticket is on
 * hold (T14) {@code heldTimeLeft} holds what each held clock had left; otherwise it is empty.
 * {@code nextClock} and {@code nextDueAt}: of the clocks still running, the one due first (what the
 * board counts down to); null when none runs (all stopped, or on hold).
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
        String contractNumber,
        Instant onSiteDueAt,
        boolean onSiteBreached,
        Instant fixDueAt,
        boolean fixBreached,
        boolean onHold,
        SlaPauseReason holdReason,
        Instant heldSince,
        Map<SlaClock, Duration> heldTimeLeft,
        SlaState slaState,
        SlaClock nextClock,
        Instant nextDueAt,
        boolean difficultCase,
        int escalationLevel,
        SoftwareRequestClass softwareRequestClass,
        Integer softwarePriority,
        Instant closedAt,
        boolean closable,
        long version) {}
