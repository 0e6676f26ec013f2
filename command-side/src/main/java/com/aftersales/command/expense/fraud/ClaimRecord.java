package com.aftersales.command.expense.fraud;

import com.aftersales.api.expense.ExpenseClaimId;
import java.math.BigDecimal;
import java.time.LocalDate;

/** X5 (split claims): the latest submitted version of another claim of the engineer. */
public record ClaimRecord(
        ExpenseClaimId claimId,
        int version,
        String destinationCity,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal total) {}
