package com.aftersales.api.penalty;

import java.time.Instant;

/**
 * P2, S3: one fact of a penalty as recorded: the event's type, when, who (user id) in which role
 * (both from the event's metadata), and what they wrote ({@code reason}); {@code detail} is the
 * kind, amount or outcome where the fact has one.
 */
public record PenaltyFactView(
        long sequence,
        String eventType,
        Instant recordedAt,
        String actorId,
        String actorRole,
        String reason,
        String detail) {}
