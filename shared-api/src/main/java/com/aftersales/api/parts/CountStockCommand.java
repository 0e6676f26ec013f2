package com.aftersales.api.parts;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R15 stocktaking (盘点): the person counted {@code countedQuantity} units of the part on the shelf.
 * The count is recorded with the ledger quantity it was compared with; a difference adjusts the ledger.
 */
public record CountStockCommand(@TargetAggregateIdentifier PartStockId part, int countedQuantity, String note) {
    public CountStockCommand {
        Objects.requireNonNull(part, "part");
    }
}
