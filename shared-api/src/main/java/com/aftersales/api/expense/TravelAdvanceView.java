package com.aftersales.api.expense;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** X9: a travel advance as it stands: the trip, the amount, each step's actor, the settlement. */
public record TravelAdvanceView(
        String advanceId,
        String engineerId,
        String destinationCity,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal amount,
        String purpose,
        TravelAdvanceStatus status,
        Instant requestedAt,
        String approvedBy,
        String paidBy,
        String paymentReference,
        String rejectedBy,
        String rejectReason,
        String claimId,
        BigDecimal reimbursed,
        BigDecimal returnDue,
        BigDecimal returned) {}
