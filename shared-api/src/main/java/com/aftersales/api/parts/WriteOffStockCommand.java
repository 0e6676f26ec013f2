package com.aftersales.api.parts;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R15: {@code quantity} units on the shelf are written off (damaged, lost, scrapped) for {@code reason}. */
public record WriteOffStockCommand(
        @TargetAggregateIdentifier PartStockId part, int quantity, String reason) {
    public WriteOffStockCommand {
        Objects.requireNonNull(part, "part");
    }
}
