package com.aftersales.api.repair;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** R5: the customer paid {@code amount} (the confirmed total) at {@code paidAt}; the receipt's {@code reference}. */
@Revision("1")
public record RepairPaymentRecordedEvent(
        RepairOrderId repairOrderId, BigDecimal amount, String reference, Instant paidAt) {}
