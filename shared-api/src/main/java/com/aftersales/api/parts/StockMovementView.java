package com.aftersales.api.parts;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of a part's stock ledger (R15): {@code quantityChange} (negative out) at {@code unitCost},
 * {@code valueChange} its value, {@code quantityAfter} on hand after it; the requisition and repair
 * order of an issue or return; {@code reference}: the supplier's reference of a receipt, the reason
 * of a write-off, the note of a count. Who, in which role, when (S3).
 */
public record StockMovementView(
        String partNumber,
        long sequence,
        StockMovementKind kind,
        int quantityChange,
        BigDecimal unitCost,
        BigDecimal valueChange,
        int quantityAfter,
        String requisitionId,
        String repairOrderId,
        String reference,
        String actorUserId,
        String actorRole,
        Instant recordedAt) {}
