package com.aftersales.api.supplier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One claim as it stands (R3), with its timeline, oldest step first. */
public record SupplierClaimView(
        String claimId,
        String repairOrderId,
        String serialNumber,
        String supplierName,
        String partNumber,
        String faultCategory,
        String description,
        List<String> evidenceIds,
        SupplierClaimState state,
        String purchasingReference,
        Instant sentAt,
        LocalDate answerDueBy,
        boolean answerOverdue,
        SupplierAnswer answer,
        String answerReason,
        String supplierReference,
        SettlementKind settlementKind,
        BigDecimal settlementAmount,
        String settlementReference,
        Instant openedAt,
        Instant closedAt,
        long version,
        List<SupplierClaimStepView> timeline) {}
