package com.aftersales.api.supplier;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** R3: how the supplier settled the claim; {@code amount} in CNY, null for a part of unknown value. */
@Revision("1")
public record SupplierClaimSettledEvent(
        SupplierClaimId claimId, SettlementKind kind, BigDecimal amount, String reference, String note) {}
