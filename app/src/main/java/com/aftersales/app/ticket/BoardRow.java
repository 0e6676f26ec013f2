package com.aftersales.app.ticket;

import com.aftersales.api.ticket.Department;
import com.aftersales.api.ticket.TicketSummaryView;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One ticket as the board pages list it: the row, its SLA light at the moment the page was drawn,
 * and who serves it by name — the engineer, or on a logistics ticket the handler (T5).
 */
public record BoardRow(TicketSummaryView ticket, SlaLight light, String servedBy, boolean byLogisticsHandler) {

    /** What browser tests read off the SLA cell: green, amber, red, paused or none. */
    public String sla() {
        return light.colour().name().toLowerCase(Locale.ROOT);
    }

    static List<BoardRow> of(List<TicketSummaryView> tickets, BoardPeople people, Instant now) {
        BoardPeople.Directory names = people.lookup(tickets.stream()
                .flatMap(t -> Stream.of(t.engineerId(), t.logisticsHandlerId()))
                .toList());
        return of(tickets, names, now);
    }

    static List<BoardRow> of(List<TicketSummaryView> tickets, BoardPeople.Directory names, Instant now) {
        return tickets.stream()
                .map(t -> {
                    boolean logistics = t.department() == Department.LOGISTICS && t.engineerId() == null;
                    String served = logistics ? names.name(t.logisticsHandlerId()) : names.name(t.engineerId());
                    return new BoardRow(t, SlaLight.of(t, now), served, logistics && served != null);
                })
                .toList();
    }
}
