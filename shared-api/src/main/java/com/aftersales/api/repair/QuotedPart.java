package com.aftersales.api.repair;

import java.math.BigDecimal;

/** R5: a part of a quote at its purchase price (CNY, each). */
public record QuotedPart(String partNumber, int quantity, BigDecimal purchasePrice) {}
