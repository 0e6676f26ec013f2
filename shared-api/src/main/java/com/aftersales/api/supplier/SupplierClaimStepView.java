package com.aftersales.api.supplier;

import java.time.Instant;

/**
 * One step of a claim's timeline: the event's type, when it was recorded, by whom in which role
 * (from the event's metadata: {@code system} for the overdue finding) and what they wrote.
 */
public record SupplierClaimStepView(
        long sequenceNumber, String eventType, Instant recordedAt, String actorUserId, String actorRole, String note) {}
