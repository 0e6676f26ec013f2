package com.aftersales.api.supplier;

import org.axonframework.serialization.Revision;

/** R3: the supplier's answer, with its reason when rejected or partly accepted. */
@Revision("1")
public record SupplierClaimAnsweredEvent(
        SupplierClaimId claimId, SupplierAnswer answer, String reason, String supplierReference) {}
