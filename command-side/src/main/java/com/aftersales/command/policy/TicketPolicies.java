package com.aftersales.command.policy;

import com.aftersales.api.policy.TicketSlaSettings;
import com.aftersales.command.ticket.TicketPolicy;
import java.time.ZoneId;

/** The ticket rules' numbers (T3, T10) of one policy version, as the ticket aggregate takes them. */
public final class TicketPolicies {
    private TicketPolicies() {}

    public static TicketPolicy of(TicketSlaSettings sla, ZoneId companyZone) {
        return new TicketPolicy(sla.responseWithin(), sla.planWithin(), sla.loanerAfterArrival(), companyZone);
    }
}
