package com.aftersales.api.review;

import java.time.Instant;
import java.time.YearMonth;

/**
 * E2: one fact behind a review cell: the event (id, global index, type), the aggregate it belongs
 * to (ticket, repair order, complaint or quality review) and its ticket where known, who recorded it
 * in which role and when, and its amount in {@code metric}. {@code counts} is false when its
 * dispute was decided ITEM_REMOVED; {@code dispute} is its dispute, if any.
 */
public record ReviewFactView(
        String eventId,
        long globalIndex,
        ReviewMetric metric,
        YearMonth month,
        long amount,
        String eventType,
        String aggregateId,
        String ticketId,
        String actor,
        String role,
        Instant recordedAt,
        boolean counts,
        ReviewDisputeView dispute) {}
