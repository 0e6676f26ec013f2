package com.aftersales.api.penalty;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of the penalty register. {@code kind} and {@code fineAmount} are the MANAGER's decision (null before). */
public record PenaltySummaryView(
        String penaltyId,
        String subjectId,
        PenaltySource source,
        String sourceId,
        PenaltyKind proposedKind,
        PenaltyStatus status,
        PenaltyKind kind,
        BigDecimal fineAmount,
        String proposedBy,
        Instant proposedAt,
        Instant lastChangedAt) {}
