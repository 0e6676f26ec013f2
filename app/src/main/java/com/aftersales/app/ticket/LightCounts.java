package com.aftersales.app.ticket;

import com.aftersales.app.ticket.SlaLight.Colour;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How many of the tickets on a board page show each SLA light (T3, T13, T14): the numbers beside the
 * board's chart, which draws them. Every colour is listed, a zero included, in the order of the
 * legend.
 */
public record LightCounts(Map<Colour, Long> byColour) {

    static LightCounts of(List<BoardRow> rows) {
        Map<Colour, Long> counted = rows.stream()
                .collect(Collectors.groupingBy(
                        row -> row.light().colour(), () -> new EnumMap<>(Colour.class), Collectors.counting()));
        Map<Colour, Long> all = new EnumMap<>(Colour.class);
        for (Colour colour : Colour.values()) {
            all.put(colour, counted.getOrDefault(colour, 0L));
        }
        return new LightCounts(all);
    }

    public long total() {
        return byColour.values().stream().mapToLong(Long::longValue).sum();
    }
}
