package com.aftersales.api.penalty;

import com.aftersales.api.common.UserId;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** P1: {@code decidedBy} (a MANAGER) imposed {@code kind} on {@code subject}; {@code fineAmount} in CNY for a FINE, else null. */
@Revision("1")
public record PenaltyImposedEvent(
        PenaltyId penaltyId,
        UserId subject,
        PenaltyKind kind,
        BigDecimal fineAmount,
        String reason,
        UserId decidedBy) {}
