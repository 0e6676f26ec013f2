package com.aftersales.api.supplier;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R3: what the supplier answered, as purchasing passed it on; a rejection or a partial acceptance
 * gives the supplier's reason. {@code supplierReference} is the supplier's own number for it, if any.
 */
public record RecordSupplierAnswerCommand(
        @TargetAggregateIdentifier SupplierClaimId claimId,
        SupplierAnswer answer,
        String reason,
        String supplierReference) {
    public RecordSupplierAnswerCommand {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(answer, "answer");
    }
}
