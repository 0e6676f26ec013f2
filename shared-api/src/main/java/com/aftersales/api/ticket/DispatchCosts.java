package com.aftersales.api.ticket;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Stream;

/** T7: the costs of one dispatch in CNY (yuan); they feed the monthly statistics (M1). */
public record DispatchCosts(BigDecimal travel, BigDecimal lodging, BigDecimal transport, BigDecimal materials) {
    public DispatchCosts {
        for (BigDecimal amount : new BigDecimal[] {travel, lodging, transport, materials}) {
            Objects.requireNonNull(amount, "cost amount");
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("costs cannot be negative");
            }
        }
    }

    public BigDecimal total() {
        return Stream.of(travel, lodging, transport, materials).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
