package com.aftersales.api.parts;

import java.math.BigDecimal;

/** {@code quantity} units of {@code partNumber} at {@code unitCost} CNY each (scale 2). */
public record CostedLine(String partNumber, int quantity, BigDecimal unitCost) {}
