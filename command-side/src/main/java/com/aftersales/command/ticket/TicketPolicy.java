package com.aftersales.command.ticket;

import com.aftersales.api.ticket.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The tunable numbers of the ticket rules: SLA hours per urgency (T3), how long after its clock
 * starts (first arrival or unit receipt) a loaner becomes due (T10), and the company's zone for
 * ticket numbers (T4) and contract deadlines (T6). A missing plan entry means that urgency has no
 * plan clock.
 */
public record TicketPolicy(
        Map<Urgency, Duration> responseWithin,
        Map<Urgency, Duration> planWithin,
        Duration loanerAfterArrival,
        ZoneId companyZone) {

    /** T3: every service request is answered within 24 h at the latest. */
    static final Duration LONGEST_RESPONSE = Duration.ofHours(24);

    public TicketPolicy {
        responseWithin = Map.copyOf(responseWithin);
        planWithin = Map.copyOf(planWithin);
        Objects.requireNonNull(loanerAfterArrival, "loaner hours");
        Objects.requireNonNull(companyZone, "company zone");
        for (Urgency urgency : Urgency.values()) {
            Duration response = responseWithin.get(urgency);
            if (response == null || response.isNegative() || response.compareTo(LONGEST_RESPONSE) > 0) {
                throw new IllegalArgumentException(
                        "T3: response time for " + urgency + " must be set and at most 24 hours");
            }
        }
    }

    /** The defaults of RULES T3 and T10. */
    public static TicketPolicy defaults(ZoneId companyZone) {
        Map<Urgency, Duration> response = new EnumMap<>(Urgency.class);
        response.put(Urgency.URGENT, Duration.ofHours(2));
        response.put(Urgency.NORMAL, Duration.ofHours(4));
        response.put(Urgency.LOW, Duration.ofHours(24));
        Map<Urgency, Duration> plan = new EnumMap<>(Urgency.class);
        plan.put(Urgency.URGENT, Duration.ofHours(4));
        plan.put(Urgency.NORMAL, Duration.ofHours(24));
        return new TicketPolicy(response, plan, Duration.ofHours(4), companyZone);
    }

    /**
     * T6: a contract deadline is a date in the company's zone; installation is late once that day
     * is over, at the start of the following day there.
     */
    public Instant installationDue(LocalDate contractDeadline) {
        return contractDeadline.plusDays(1).atStartOfDay(companyZone).toInstant();
    }
}
