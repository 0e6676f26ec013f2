package com.aftersales.command.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.api.policy.PolicySettings;
import com.aftersales.api.policy.TicketSlaSettings;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.command.ticket.TicketPolicies;
import com.aftersales.command.ticket.TicketPolicy;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A policy version's ticket numbers (T3, T10) become the ticket aggregate's {@link TicketPolicy}. */
class VersionedTicketPoliciesTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void theDefaultsOfAVersionAreTheTicketDefaults_T3_T10() {
        TicketPolicy policy =
                VersionedTicketPolicies.of(CompanyPolicyTest.defaults().ticketSla(), SHANGHAI);

        assertThat(policy).isEqualTo(TicketPolicy.defaults(SHANGHAI));
    }

    @Test
    void aVersionsNumbersSetTheClocks_T3_T10() {
        TicketSlaSettings sla = new TicketSlaSettings(
                Map.of(
                        Urgency.URGENT,
                        Duration.ofMinutes(30),
                        Urgency.NORMAL,
                        Duration.ofHours(3),
                        Urgency.LOW,
                        Duration.ofHours(8)),
                Map.of(Urgency.URGENT, Duration.ofHours(1)),
                Duration.ofHours(2));

        TicketPolicy policy = VersionedTicketPolicies.of(sla, ZoneId.of("UTC"));

        assertThat(policy.responseWithin().get(Urgency.URGENT)).isEqualTo(Duration.ofMinutes(30));
        assertThat(policy.planWithin()).containsExactlyEntriesOf(Map.of(Urgency.URGENT, Duration.ofHours(1)));
        assertThat(policy.loanerAfterArrival()).isEqualTo(Duration.ofHours(2));
        assertThat(policy.companyZone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void registrationTakesTheVersionInForceWithItsNumbers_T3_T10() {
        PolicySettings settings = CompanyPolicyTest.defaults();
        PolicyVersions versions = new PolicyVersions() {
            @Override
            public CurrentPolicy current() {
                return new CurrentPolicy(4, settings);
            }

            @Override
            public PolicySettings at(int version) {
                throw new UnknownPolicyVersionException("no version " + version);
            }
        };

        TicketPolicies.PolicyInForce inForce = new VersionedTicketPolicies(versions, SHANGHAI).current();

        assertThat(inForce.version()).isEqualTo(4);
        assertThat(inForce.policy()).isEqualTo(TicketPolicy.defaults(SHANGHAI));
    }

    @Test
    void theCurrentPolicyNamesItsVersionAndSettings() {
        PolicySettings settings = CompanyPolicyTest.defaults();
        CurrentPolicy current = new CurrentPolicy(3, settings);

        assertThat(current.version()).isEqualTo(3);
        assertThat(current.settings()).isSameAs(settings);
        assertThatThrownBy(() -> new CurrentPolicy(1, null)).isInstanceOf(NullPointerException.class);
    }
}
