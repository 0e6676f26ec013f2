package com.aftersales.api.supplier;

import java.util.Objects;

/** R3: one claim with its timeline; answered with a {@link SupplierClaimView}, or null if none. */
public record FindSupplierClaimQuery(SupplierClaimId claimId) {
    public FindSupplierClaimQuery {
        Objects.requireNonNull(claimId, "claimId");
    }
}
