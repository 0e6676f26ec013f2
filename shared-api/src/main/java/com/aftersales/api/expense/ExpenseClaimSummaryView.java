package com.aftersales.api.expense;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * X2, X5: a claim as it stands, its current version: the trip's destination and dates, the total,
 * what the audit found reimbursable and what was paid, and the risk score (the sum of the weights
 * of the flags not dismissed) with the number of flags still undecided.
 */
public record ExpenseClaimSummaryView(
        String claimId,
        String engineerId,
        int version,
        ClaimStatus status,
        String destinationCity,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal total,
        BigDecimal reimbursable,
        BigDecimal paid,
        String advanceId,
        int riskScore,
        int openFlags,
        Instant submittedAt,
        Instant lastChangedAt) {}
