package com.aftersales.api.expense;

import java.math.BigDecimal;

/**
 * X9: what one engineer still owes on advances: those paid and not yet settled against a claim,
 * and the part of settled ones the claim did not use and that was not yet returned.
 */
public record OutstandingAdvanceView(
        String engineerId,
        long unsettled,
        BigDecimal unsettledAmount,
        long returnDue,
        BigDecimal returnDueAmount,
        BigDecimal outstanding) {}
