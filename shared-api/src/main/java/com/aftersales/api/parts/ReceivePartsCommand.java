package com.aftersales.api.parts;

import java.math.BigDecimal;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R15: {@code quantity} units of a part came into stock at {@code unitCost} CNY each (purchase
 * price, at most 2 decimals), from the supplier's delivery {@code supplierReference}.
 */
public record ReceivePartsCommand(
        @TargetAggregateIdentifier PartStockId part, int quantity, BigDecimal unitCost, String supplierReference) {
    public ReceivePartsCommand {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(unitCost, "unitCost");
    }
}
