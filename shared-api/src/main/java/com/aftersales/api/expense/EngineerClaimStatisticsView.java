package com.aftersales.api.expense;

import java.math.BigDecimal;

/**
 * X2, X5, X6: one engineer's claims counted and summed (the current version's total): all claimed,
 * paid (the amount paid), now rejected, ever flagged, and with a confirmed falsification.
 */
public record EngineerClaimStatisticsView(
        String engineerId,
        long claimed,
        BigDecimal claimedAmount,
        long paid,
        BigDecimal paidAmount,
        long rejected,
        BigDecimal rejectedAmount,
        long flagged,
        BigDecimal flaggedAmount,
        long confirmed,
        BigDecimal confirmedAmount) {}
