package com.aftersales.api.repair;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** R5: the customer accepted the quote's {@code total}, at {@code confirmedAt} by {@code channel}. */
@Revision("1")
public record QuoteConfirmedEvent(RepairOrderId repairOrderId, BigDecimal total, Instant confirmedAt, String channel) {}
