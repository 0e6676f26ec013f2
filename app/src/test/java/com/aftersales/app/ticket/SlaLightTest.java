package com.aftersales.app.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.ticket.CustomerRequest;
import com.aftersales.api.ticket.IntakeChannel;
import com.aftersales.api.ticket.SlaClock;
import com.aftersales.api.ticket.SlaPauseReason;
import com.aftersales.api.ticket.SlaState;
import com.aftersales.api.ticket.TicketStatus;
import com.aftersales.api.ticket.TicketSummaryView;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.app.ticket.SlaLight.Colour;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The board's traffic light of T3/T13/T14: green, amber from 75% of the clock used, red, paused. */
class SlaLightTest {
    private static final Instant REGISTERED = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant DUE = REGISTERED.plus(Duration.ofHours(4));

    @ParameterizedTest(name = "{0} min of 240 used: {1}")
    @CsvSource({"0, GREEN", "179, GREEN", "180, AMBER", "239, AMBER", "240, RED", "300, RED"})
    void theLightFollowsTheShareOfTheRunningClockUsed_T3(long minutes, Colour expected) {
        SlaLight light = SlaLight.of(ticket(SlaState.RUNNING, false, Map.of()), REGISTERED.plusSeconds(minutes * 60));

        assertThat(light.colour()).isEqualTo(expected);
        assertThat(light.clock()).isEqualTo(SlaClock.RESPONSE);
        assertThat(light.dueAt()).isEqualTo(DUE);
    }

    @Test
    void aRecordedBreachIsRedWhateverTheClock_T3() {
        assertThat(SlaLight.of(ticket(SlaState.BREACHED, false, Map.of()), REGISTERED)
                        .colour())
                .isEqualTo(Colour.RED);
    }

    @Test
    void aTicketOnHoldIsPausedWithTheShortestTimeItsClocksHadLeft_T14() {
        SlaLight light = SlaLight.of(
                ticket(
                        SlaState.ON_HOLD,
                        true,
                        Map.of(SlaClock.PLAN, Duration.ofHours(19), SlaClock.RESPONSE, Duration.ofMinutes(30))),
                REGISTERED.plus(Duration.ofDays(2)));

        assertThat(light.colour()).isEqualTo(Colour.PAUSED);
        assertThat(light.clock()).isEqualTo(SlaClock.RESPONSE);
        assertThat(light.heldLeft()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void noRunningClockShowsNoLight() {
        TicketSummaryView met = ticket(SlaState.MET, false, Map.of(), null);

        assertThat(SlaLight.of(met, REGISTERED).colour()).isEqualTo(Colour.NONE);
        assertThat(Colour.AMBER.cssClass()).isEqualTo("sla-amber");
    }

    private static TicketSummaryView ticket(SlaState state, boolean onHold, Map<SlaClock, Duration> held) {
        return ticket(state, onHold, held, onHold ? null : DUE);
    }

    private static TicketSummaryView ticket(
            SlaState state, boolean onHold, Map<SlaClock, Duration> held, Instant nextDue) {
        return new TicketSummaryView(
                "t-1",
                "202612-001",
                TicketStatus.REGISTERED,
                Urgency.NORMAL,
                IntakeChannel.PHONE,
                CustomerRequest.REPAIR,
                "P-2200",
                "SN-1",
                null,
                null,
                null,
                null,
                REGISTERED,
                DUE,
                null,
                false,
                null,
                null,
                false,
                false,
                null,
                null,
                false,
                null,
                false,
                onHold,
                onHold ? SlaPauseReason.values()[0] : null,
                onHold ? REGISTERED : null,
                held,
                state,
                nextDue == null ? null : SlaClock.RESPONSE,
                nextDue,
                false,
                0,
                null,
                null,
                null,
                false,
                0);
    }
}
