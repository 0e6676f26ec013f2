package com.aftersales.api.supplier;

import org.axonframework.serialization.Revision;

/** R3: the claim is closed with its {@code outcome}: the supplier's answer, settled or rejected. */
@Revision("1")
public record SupplierClaimClosedEvent(SupplierClaimId claimId, SupplierAnswer outcome, boolean settled, String note) {}
