package com.aftersales.api.repair;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * R8: the repaired unit went back to the customer with its approved report: carrier and tracking
 * number; {@code shippingPaidByCompany} in warranty (the company or a supplier pays the repair).
 */
@Revision("1")
public record RepairReturnShippedEvent(
        RepairOrderId repairOrderId,
        String carrier,
        String trackingNumber,
        boolean shippingPaidByCompany,
        Instant shippedAt) {}
