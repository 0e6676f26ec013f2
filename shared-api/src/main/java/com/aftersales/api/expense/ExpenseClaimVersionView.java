package com.aftersales.api.expense;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * X2: one version of a claim as it was submitted (its trip and lines), and what became of it: who
 * approved, audited or paid it, or at which step it was rejected and why. Every version stays.
 */
public record ExpenseClaimVersionView(
        int version,
        Integer previousVersion,
        Trip trip,
        List<ExpenseLine> lines,
        BigDecimal total,
        String correctionNote,
        ClaimStatus status,
        String submittedBy,
        Instant submittedAt,
        String approvedBy,
        String auditedBy,
        BigDecimal reimbursable,
        String paidBy,
        BigDecimal payable,
        String paymentReference,
        ClaimStage rejectedStage,
        String rejectedBy,
        String rejectReason) {
    public ExpenseClaimVersionView {
        lines = List.copyOf(lines);
    }
}
