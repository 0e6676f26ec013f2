package com.aftersales.api.history;

import java.time.Instant;

/**
 * One event in an aggregate's history: its type, when it was recorded, by whom and in which role,
 * and its payload as stored (JSON).
 */
public record HistoryEntryView(
        long sequenceNumber,
        String eventType,
        Instant recordedAt,
        String actorUserId,
        String actorRole,
        String correlationId,
        String payloadJson) {}
