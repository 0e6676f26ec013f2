package com.aftersales.api.expense;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * X5: a line of another claim (or another version) that carries the same invoice: the evidence of
 * a duplicate, with that claim's engineer and status.
 */
public record ExpenseInvoiceUseView(
        String claimId,
        int version,
        int lineNo,
        String engineerId,
        ClaimStatus claimStatus,
        String invoice,
        String issuer,
        LocalDate issueDate,
        String issueCity,
        BigDecimal amount) {}
