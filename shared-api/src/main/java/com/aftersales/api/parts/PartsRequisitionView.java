package com.aftersales.api.parts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** R11: a requisition slip, who asked and approved, when it was issued and written off, its lines. */
public record PartsRequisitionView(
        String requisitionId,
        String repairOrderId,
        RequisitionStatus status,
        String requestedBy,
        Instant requestedAt,
        String approvedBy,
        Instant approvedAt,
        Instant issuedAt,
        LocalDate writtenOffOn,
        BigDecimal totalCost,
        long version,
        List<RequisitionLineView> lines) {
    public PartsRequisitionView {
        lines = List.copyOf(lines);
    }
}
