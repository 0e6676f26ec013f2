package com.aftersales.api.supplier;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R3: the claim has its outcome (settled, or rejected by the supplier) and is closed. */
public record CloseSupplierClaimCommand(
        @TargetAggregateIdentifier SupplierClaimId claimId, String note) {
    public CloseSupplierClaimCommand {
        Objects.requireNonNull(claimId, "claimId");
    }
}
