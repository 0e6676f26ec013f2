package com.aftersales.command.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.api.ticket.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The settings behind the ticket clocks (T3, T6, T10): what a company may tune, and what it may not. */
class TicketPolicyTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void theDefaultsAreThoseOfTheRules_T3_T10() {
        TicketPolicy policy = TicketPolicy.defaults(SHANGHAI);
        Instant registered = Instant.parse("2024-05-31T17:30:00Z");

        assertThat(policy.responseDue(Urgency.URGENT, registered)).isEqualTo("2024-05-31T19:30:00Z");
        assertThat(policy.responseDue(Urgency.NORMAL, registered)).isEqualTo("2024-05-31T21:30:00Z");
        assertThat(policy.responseDue(Urgency.LOW, registered)).isEqualTo("2024-06-01T17:30:00Z");
        assertThat(policy.planDue(Urgency.URGENT, registered)).isEqualTo("2024-05-31T21:30:00Z");
        assertThat(policy.planDue(Urgency.NORMAL, registered)).isEqualTo("2024-06-01T17:30:00Z");
        assertThat(policy.planDue(Urgency.LOW, registered)).isNull();
        assertThat(policy.loanerAfterArrival()).isEqualTo(Duration.ofHours(4));
        assertThat(policy.companyZone()).isEqualTo(SHANGHAI);
    }

    @Test
    void aContractDeadlineEndsAtTheStartOfTheFollowingDayInTheCompanyZone_T6() {
        assertThat(TicketPolicy.defaults(SHANGHAI).installationDue(LocalDate.of(2024, 6, 10)))
                .isEqualTo("2024-06-10T16:00:00Z");
        assertThat(TicketPolicy.defaults(ZoneId.of("UTC")).installationDue(LocalDate.of(2024, 6, 10)))
                .isEqualTo("2024-06-11T00:00:00Z");
    }

    @Test
    void aResponseOfExactlyTwentyFourHoursIsAllowed_T3() {
        TicketPolicy policy =
                new TicketPolicy(responses(Duration.ofHours(24)), Map.of(), Duration.ofHours(4), SHANGHAI);

        assertThat(policy.responseDue(Urgency.URGENT, Instant.parse("2024-06-01T00:00:00Z")))
                .isEqualTo("2024-06-02T00:00:00Z");
    }

    @Test
    void anImmediateResponseIsAllowed_T3() {
        TicketPolicy policy = new TicketPolicy(responses(Duration.ZERO), Map.of(), Duration.ofHours(4), SHANGHAI);

        assertThat(policy.responseDue(Urgency.LOW, Instant.parse("2024-06-01T00:00:00Z")))
                .isEqualTo("2024-06-01T00:00:00Z");
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, 24 * 60 + 1})
    void aResponseTimeBeyondTwentyFourHoursOrNegativeIsRefused_T3(long minutes) {
        assertThatThrownBy(() -> new TicketPolicy(
                        responses(Duration.ofMinutes(minutes)), Map.of(), Duration.ofHours(4), SHANGHAI))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("T3");
    }

    @Test
    void everyUrgencyNeedsAResponseTime_T3() {
        Map<Urgency, Duration> response = new EnumMap<>(Urgency.class);
        response.put(Urgency.URGENT, Duration.ofHours(2));
        response.put(Urgency.NORMAL, Duration.ofHours(4));

        assertThatThrownBy(() -> new TicketPolicy(response, Map.of(), Duration.ofHours(4), SHANGHAI))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LOW");
    }

    private static Map<Urgency, Duration> responses(Duration each) {
        Map<Urgency, Duration> response = new EnumMap<>(Urgency.class);
        for (Urgency urgency : Urgency.values()) {
            response.put(urgency, each);
        }
        return response;
    }
}
