package com.aftersales.api.supplier;

/**
 * R3: the claims, those not closed first, then the newest first; only of suppliers whose name
 * contains {@code supplier} (any case) and only in {@code state}, each when not null. Answered
 * with a list of {@link SupplierClaimSummaryView}.
 */
public record FindSupplierClaimsQuery(String supplier, SupplierClaimState state) {}
