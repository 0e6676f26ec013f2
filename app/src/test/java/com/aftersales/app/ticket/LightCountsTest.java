package com.aftersales.app.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.app.ticket.SlaLight.Colour;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The board's summary of T3/T13/T14 lights: every colour counted, zeros included, legend order. */
class LightCountsTest {

    @Test
    void everyColourIsCountedInTheLegendsOrderWithItsZeros_T3() {
        LightCounts counts = LightCounts.of(List.of(row(Colour.RED), row(Colour.GREEN), row(Colour.RED)));

        assertThat(counts.byColour())
                .containsExactly(
                        Map.entry(Colour.GREEN, 1L),
                        Map.entry(Colour.AMBER, 0L),
                        Map.entry(Colour.RED, 2L),
                        Map.entry(Colour.PAUSED, 0L),
                        Map.entry(Colour.NONE, 0L));
        assertThat(counts.total()).isEqualTo(3);
    }

    private static BoardRow row(Colour colour) {
        return new BoardRow(null, new SlaLight(colour, null, null, null), null, false);
    }
}
