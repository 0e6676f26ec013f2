package com.aftersales.api.supplier;

import java.math.BigDecimal;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R3: how the supplier settled an accepted claim: a credit note or a payment for {@code amount}
 * (CNY), or a replacement part (its value in {@code amount} if known). {@code reference} is the
 * credit note's or payment's number, or the replacement part's number.
 */
public record RecordSupplierSettlementCommand(
        @TargetAggregateIdentifier SupplierClaimId claimId,
        SettlementKind kind,
        BigDecimal amount,
        String reference,
        String note) {
    public RecordSupplierSettlementCommand {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(kind, "kind");
    }
}
