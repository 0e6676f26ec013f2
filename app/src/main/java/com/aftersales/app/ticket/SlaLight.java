package com.aftersales.app.ticket;

import com.aftersales.api.ticket.SlaClock;
import com.aftersales.api.ticket.SlaState;
import com.aftersales.api.ticket.TicketSummaryView;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A ticket's SLA as a traffic light (T3, T13, T14): red once a clock has run out, amber from 75% of
 * the running clock used (counted from the registration), green before; paused while on hold,
 * showing what the held clocks had left; none when no clock runs. The page also writes it out in
 * words: the colour is never the only signal.
 */
public record SlaLight(Colour colour, SlaClock clock, Instant dueAt, Duration heldLeft) {
    /** The share of a clock used from which a ticket shows amber. */
    static final double AMBER_FROM = 0.75;

    public enum Colour {
        GREEN,
        AMBER,
        RED,
        PAUSED,
        NONE;

        public String cssClass() {
            return "sla-" + name().toLowerCase(Locale.ROOT);
        }
    }

    public static SlaLight of(TicketSummaryView ticket, Instant now) {
        if (ticket.slaState() == SlaState.BREACHED) {
            return new SlaLight(Colour.RED, ticket.nextClock(), ticket.nextDueAt(), null);
        }
        if (ticket.onHold()) {
            Optional<Map.Entry<SlaClock, Duration>> shortest = ticket.heldTimeLeft().entrySet().stream()
                    .min(Map.Entry.comparingByValue(Comparator.naturalOrder()));
            return new SlaLight(
                    Colour.PAUSED,
                    shortest.map(Map.Entry::getKey).orElse(null),
                    null,
                    shortest.map(Map.Entry::getValue).orElse(null));
        }
        if (ticket.nextDueAt() == null) {
            return new SlaLight(Colour.NONE, null, null, null);
        }
        if (!now.isBefore(ticket.nextDueAt())) {
            return new SlaLight(Colour.RED, ticket.nextClock(), ticket.nextDueAt(), null);
        }
        long total = Duration.between(ticket.registeredAt(), ticket.nextDueAt()).toMillis();
        long used = Duration.between(ticket.registeredAt(), now).toMillis();
        Colour colour = total > 0 && used >= AMBER_FROM * total ? Colour.AMBER : Colour.GREEN;
        return new SlaLight(colour, ticket.nextClock(), ticket.nextDueAt(), null);
    }
}
