package com.aftersales.api.policy;

import java.util.Objects;

/**
 * The whole content of one version of the company policy, family by family. An event carries it
 * whole, so one event tells a reader everything its version said.
 */
public record PolicySettings(
        TicketSlaSettings ticketSla, RepairSettings repair, ComplaintSettings complaint, ExpenseCaps expenseCaps) {

    public PolicySettings {
        Objects.requireNonNull(ticketSla, "ticketSla");
        Objects.requireNonNull(repair, "repair");
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(expenseCaps, "expenseCaps");
    }
}
