package com.aftersales.command.ticket;

import com.aftersales.api.contract.ContractTerms;
import com.aftersales.api.ticket.SlaClock;
import com.aftersales.api.ticket.SlaTerms;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.command.contract.ContractCover;
import com.aftersales.command.ticket.TicketPolicies.PolicyInForce;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** T3, T10, T13: which terms set a new ticket's clocks, and when each clock is due. */
final class RegistrationClocks {
    private static final List<SlaClock> STARTED_AT_REGISTRATION =
            List.of(SlaClock.RESPONSE, SlaClock.PLAN, SlaClock.ON_SITE, SlaClock.FIX);

    private RegistrationClocks() {}

    /**
     * A contract covering the unit overrides the urgency defaults (T13): its response, on-site and
     * fix clocks, and its plan clock where it names one (else the urgency's). The loaner term is
     * always the policy's (T10).
     */
    static SlaTerms terms(Urgency urgency, PolicyInForce inForce, ContractCover contract, Integer calendarVersion) {
        TicketPolicy policy = inForce.policy();
        Duration defaultPlan = policy.planWithin().get(urgency);
        if (contract == null) {
            return new SlaTerms(
                    inForce.version(),
                    null,
                    null,
                    null,
                    policy.responseWithin().get(urgency),
                    null,
                    defaultPlan,
                    null,
                    policy.loanerAfterArrival(),
                    false,
                    null);
        }
        ContractTerms terms = contract.terms();
        return new SlaTerms(
                inForce.version(),
                contract.contractId().value(),
                contract.contractNumber(),
                contract.version(),
                terms.responseWithin(),
                terms.onSiteWithin(),
                terms.planWithin() != null ? terms.planWithin() : defaultPlan,
                terms.fixWithin(),
                policy.loanerAfterArrival(),
                terms.businessHoursOnly(),
                calendarVersion);
    }

    /** Each clock the terms set, due that much SLA time after registration. */
    static Map<SlaClock, Instant> dueAt(SlaTerms terms, Instant registeredAt, SlaTime time) {
        Map<SlaClock, Instant> due = new EnumMap<>(SlaClock.class);
        for (SlaClock clock : STARTED_AT_REGISTRATION) {
            Duration within = terms.within(clock);
            if (within != null) {
                due.put(clock, time.plus(registeredAt, within));
            }
        }
        return due;
    }
}
