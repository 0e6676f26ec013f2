package com.aftersales.api.review;

import java.math.BigDecimal;
import java.time.Instant;

/** E3: a penalty imposed on the engineer in the period, as the penalty register has it. */
public record ReviewPenaltyView(
        String penaltyId,
        String kind,
        BigDecimal fineAmount,
        String status,
        String source,
        String sourceId,
        Instant imposedAt,
        String imposedBy,
        String imposedRole,
        String reason) {}
