package com.aftersales.api.parts;

import java.util.List;
import java.util.Objects;

/**
 * R11, R15: unused parts of an issued requisition go back into stock, at the cost they were issued
 * at. {@code lines}: part number and quantity (the line's reason is ignored). Like {@link
 * IssuePartsCommand}, handled outside the aggregates.
 */
public record ReturnUnusedPartsCommand(PartsRequisitionId requisitionId, List<RequisitionLine> lines) {
    public ReturnUnusedPartsCommand {
        Objects.requireNonNull(requisitionId, "requisitionId");
        lines = List.copyOf(lines);
    }
}
