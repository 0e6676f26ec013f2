package com.aftersales.command.policy;

import com.aftersales.api.policy.TicketSlaSettings;
import com.aftersales.command.ticket.TicketPolicies;
import com.aftersales.command.ticket.TicketPolicy;
import java.time.ZoneId;

/**
 * The ticket rules' numbers (T3, T10) of the policy version in force, as a ticket's registration
 * takes them and records the version with its terms.
 */
public final class VersionedTicketPolicies implements TicketPolicies {
    private final PolicyVersions versions;
    private final ZoneId companyZone;

    public VersionedTicketPolicies(PolicyVersions versions, ZoneId companyZone) {
        this.versions = versions;
        this.companyZone = companyZone;
    }

    @Override
    public PolicyInForce current() {
        CurrentPolicy current = versions.current();
        return new PolicyInForce(current.version(), of(current.settings().ticketSla(), companyZone));
    }

    public static TicketPolicy of(TicketSlaSettings sla, ZoneId companyZone) {
        return new TicketPolicy(sla.responseWithin(), sla.planWithin(), sla.loanerAfterArrival(), companyZone);
    }
}
