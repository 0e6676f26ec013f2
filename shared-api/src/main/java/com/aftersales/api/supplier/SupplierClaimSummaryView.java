package com.aftersales.api.supplier;

import java.time.Instant;
import java.time.LocalDate;

/** One claim on the claims list (R3). */
public record SupplierClaimSummaryView(
        String claimId,
        String repairOrderId,
        String serialNumber,
        String supplierName,
        String partNumber,
        String faultCategory,
        SupplierClaimState state,
        SupplierAnswer answer,
        LocalDate answerDueBy,
        boolean answerOverdue,
        Instant openedAt,
        long version) {}
