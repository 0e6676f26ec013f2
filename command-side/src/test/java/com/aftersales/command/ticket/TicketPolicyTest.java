package com.aftersales.command.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.api.ticket.Urgency;
import java.time.Duration;
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

        assertThat(policy.responseWithin())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        Urgency.URGENT, Duration.ofHours(2),
                        Urgency.NORMAL, Duration.ofHours(4),
                        Urgency.LOW, Duration.ofHours(24)));
        assertThat(policy.planWithin())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(Urgency.URGENT, Duration.ofHours(4), Urgency.NORMAL, Duration.ofHours(24)));
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

        assertThat(policy.responseWithin().get(Urgency.URGENT)).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void anImmediateResponseIsAllowed_T3() {
        TicketPolicy policy = new TicketPolicy(responses(Duration.ZERO), Map.of(), Duration.ofHours(4), SHANGHAI);

        assertThat(policy.responseWithin().get(Urgency.LOW)).isEqualTo(Duration.ZERO);
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
