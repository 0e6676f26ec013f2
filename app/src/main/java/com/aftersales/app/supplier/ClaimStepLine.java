package com.aftersales.app.supplier;

import java.time.Instant;

/** One step of a claim's timeline as its page shows it: the actor by name, with the id the event recorded. */
public record ClaimStepLine(
        String eventType, Instant recordedAt, String actorUserId, String actorName, String actorRole, String note) {}
