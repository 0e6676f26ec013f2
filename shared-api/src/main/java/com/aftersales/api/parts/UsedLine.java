package com.aftersales.api.parts;

import java.math.BigDecimal;

/**
 * R11 write-off of one part of a requisition: {@code used} = {@code issued} − {@code returned} units at
 * the issue's {@code unitCost}; {@code cost} = used × unitCost (CNY, scale 2).
 */
public record UsedLine(String partNumber, int issued, int returned, int used, BigDecimal unitCost, BigDecimal cost) {}
