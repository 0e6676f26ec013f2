package com.aftersales.api.repair;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * R3: the customer was told, at {@code notifiedAt} by {@code channel} (phone, SMS, e-mail…), the
 * cause, the rule applied ({@code rule}, from the diagnosis), the plan, the cost to them (zero when
 * the company pays) and when the unit should be ready.
 */
@Revision("1")
public record CustomerNotifiedEvent(
        RepairOrderId repairOrderId,
        Instant notifiedAt,
        String channel,
        String cause,
        ResponsibilityPath rule,
        String plan,
        BigDecimal estimatedCost,
        LocalDate readyBy) {}
