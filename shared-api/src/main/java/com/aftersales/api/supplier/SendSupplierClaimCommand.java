package com.aftersales.api.supplier;

import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R3: the claim is handed to purchasing, who take it up with the supplier under {@code
 * purchasingReference} (their claim or order number); {@code sentAt} starts the wait for the
 * supplier's answer.
 */
public record SendSupplierClaimCommand(
        @TargetAggregateIdentifier SupplierClaimId claimId, String purchasingReference, String note, Instant sentAt) {
    public SendSupplierClaimCommand {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(sentAt, "sentAt");
    }
}
