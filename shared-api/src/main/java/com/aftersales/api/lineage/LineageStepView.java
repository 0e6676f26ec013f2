package com.aftersales.api.lineage;

import java.time.Instant;

/**
 * One event of a serial's lineage: its position (1 for the first), which aggregate recorded it
 * (type, id, sequence number), what, when, by whom in which role, the payload as stored (JSON),
 * and the unit's state after it.
 */
public record LineageStepView(
        int step,
        String aggregateType,
        String aggregateId,
        long sequenceNumber,
        String eventType,
        Instant recordedAt,
        String actorUserId,
        String actorRole,
        String payloadJson,
        UnitStateView stateAfter) {}
