package com.aftersales.api.complaint;

import java.time.Instant;

/**
 * S3: one fact of a complaint as the event store holds it: its sequence in the complaint's stream,
 * the event's type, when, and who (user id) in which role (both from the event's metadata; the
 * system for a fired deadline or a complaint from a callback).
 */
public record ComplaintFactView(
        long sequence, String eventType, Instant recordedAt, String actorId, String actorRole) {}
