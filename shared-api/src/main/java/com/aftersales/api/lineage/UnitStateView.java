package com.aftersales.api.lineage;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit as the lineage stands after one step: its model, the last day of warranty the ledger knows
 * of (the latest extension by a completed repair, R2; null before any), the tickets and repair
 * orders still open, completed repairs, detected repeats (R12), reviews still open and decided
 * with an ENGINEER cause (R13), and penalties decided and not revoked (P1, P3).
 */
public record UnitStateView(
        String model,
        LocalDate warrantyExtendedUntil,
        List<String> openTickets,
        List<String> openRepairOrders,
        int completedRepairs,
        int repeatRepairs,
        int openReviews,
        int engineerCauses,
        int penaltiesInForce) {

    public UnitStateView {
        openTickets = List.copyOf(openTickets);
        openRepairOrders = List.copyOf(openRepairOrders);
    }
}
