package com.aftersales.api.parts;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** R15: {@code quantity} units were written off the shelf for {@code reason}, valued at the average {@code unitCost}. */
@Revision("1")
public record StockWrittenOffEvent(
        String partNumber, int quantity, BigDecimal unitCost, String reason, int quantityAfter) {}
