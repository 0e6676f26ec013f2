package com.aftersales.api.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * One event's contribution {@code amount} to figure {@code figure} of {@code month}: the event (its
 * global index, id, type, aggregate and sequence number), who recorded it, in which role, and when.
 * Every additive figure is the sum of its facts; a rate opens to the facts of its numerator and
 * denominator.
 */
public record FigureFactView(
        YearMonth month,
        String figure,
        BigDecimal amount,
        long globalIndex,
        String eventId,
        String eventType,
        String aggregateId,
        long sequenceNumber,
        String actor,
        String role,
        Instant recordedAt) {}
