package com.aftersales.api.parts;

import java.util.Objects;

/**
 * R11, R15: issue every line of an approved requisition from stock, all or nothing; no part's stock
 * may go below zero. Handled outside the aggregates (it changes the requisition and each part's
 * stock in one unit of work), so it names no target aggregate.
 */
public record IssuePartsCommand(PartsRequisitionId requisitionId) {
    public IssuePartsCommand {
        Objects.requireNonNull(requisitionId, "requisitionId");
    }
}
