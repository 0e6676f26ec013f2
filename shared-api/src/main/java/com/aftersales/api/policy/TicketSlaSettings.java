package com.aftersales.api.policy;

import com.aftersales.api.ticket.Urgency;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * T3: first response within, per urgency (every urgency, at most 24 h), and plan within (an
 * urgency without an entry has no plan clock); T10: a loaner is due this long after its clock
 * starts. Business checks are the policy's (PolicyRule); this only refuses missing parts.
 */
public record TicketSlaSettings(
        Map<Urgency, Duration> responseWithin, Map<Urgency, Duration> planWithin, Duration loanerAfterArrival) {

    public TicketSlaSettings {
        responseWithin = byUrgency(Objects.requireNonNull(responseWithin, "responseWithin"));
        planWithin = byUrgency(Objects.requireNonNull(planWithin, "planWithin"));
        Objects.requireNonNull(loanerAfterArrival, "loanerAfterArrival");
    }

    private static Map<Urgency, Duration> byUrgency(Map<Urgency, Duration> given) {
        Map<Urgency, Duration> copy = new EnumMap<>(Urgency.class);
        given.forEach((urgency, duration) ->
                copy.put(Objects.requireNonNull(urgency, "urgency"), Objects.requireNonNull(duration, "duration")));
        return Collections.unmodifiableMap(copy);
    }
}
