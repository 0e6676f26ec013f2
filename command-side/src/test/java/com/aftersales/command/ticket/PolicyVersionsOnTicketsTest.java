package com.aftersales.command.ticket;

import static com.aftersales.command.ticket.TicketSamples.*;

import com.aftersales.api.ticket.Department;
import com.aftersales.api.ticket.RegisterServiceTicketResult;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.SlaBreachedEvent;
import com.aftersales.api.ticket.SlaClock;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.command.ticket.TicketPolicies.PolicyInForce;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/**
 * Policy versions (T3, T10): a ticket keeps the version it was registered under for all its clocks,
 * so its history replays to the same answers after version 2 is recorded; new tickets take version
 * 2. Version 2 here answers URGENT in 1 h, plans in 3 h and gives a loaner after 6 h.
 */
class PolicyVersionsOnTicketsTest {
    private static final PolicyInForce VERSION_2 = new PolicyInForce(
            2,
            new TicketPolicy(
                    Map.of(
                            Urgency.URGENT,
                            Duration.ofHours(1),
                            Urgency.NORMAL,
                            Duration.ofHours(4),
                            Urgency.LOW,
                            Duration.ofHours(24)),
                    Map.of(Urgency.URGENT, Duration.ofHours(3)),
                    Duration.ofHours(6),
                    ZoneId.of("Asia/Shanghai")));

    private final AtomicReference<PolicyInForce> inForce = new AtomicReference<>(new PolicyInForce(1, POLICY));
    private final AggregateTestFixture<ServiceTicket> fixture = newFixture(inForce::get);

    @Test
    void aTicketRegisteredAfterVersion2TakesItsHours_T3() {
        inForce.set(VERSION_2);

        fixture.givenNoPriorActivity()
                .when(registration(Urgency.URGENT))
                .expectResultMessagePayload(new RegisterServiceTicketResult(
                        TICKET_ID,
                        "202406-001",
                        Instant.parse("2024-05-31T18:30:00Z"),
                        Instant.parse("2024-05-31T20:30:00Z"),
                        null,
                        null,
                        null));
    }

    @Test
    void aTicketOfVersion1KeepsItsResponseDueTimeAfterVersion2IsRecorded_T3() {
        fixture.givenCurrentTime(Instant.parse("2024-05-31T17:30:00Z"))
                .andGivenCommands(registration(Urgency.URGENT), route(Department.TECHNICAL_SERVICE));
        inForce.set(VERSION_2);

        // Under version 2 it would have breached at 18:30; it was registered to answer by 19:30.
        fixture.whenThenTimeAdvancesTo(Instant.parse("2024-05-31T19:30:00Z"))
                .expectEvents(
                        new SlaBreachedEvent(TICKET_ID, SlaClock.RESPONSE, Instant.parse("2024-05-31T19:30:00Z")));
    }

    @Test
    void aTicketOfVersion1KeepsItsLoanerTermAfterVersion2IsRecorded_T10() {
        inForce.set(VERSION_2);

        // Registered under version 1 (loaner after 4 h); the arrival comes once version 2 gives 6 h.
        fixture.given(registered(Urgency.URGENT), routed(), assigned(ServiceMode.ON_SITE, APPOINTMENT))
                .when(arrival("2024-06-01T01:50:00Z"), by(ENGINEER))
                .expectScheduledDeadlineWithName(Instant.parse("2024-06-01T05:50:00Z"), "loaner-due");
    }

    private static AggregateTestFixture<ServiceTicket> newFixture(TicketPolicies policies) {
        AggregateTestFixture<ServiceTicket> fixture = new AggregateTestFixture<>(ServiceTicket.class);
        fixture.registerInjectableResource(policies);
        fixture.registerInjectableResource(BUSINESS_HOURS);
        fixture.registerInjectableResource(new InMemorySuperiors());
        fixture.registerAnnotatedCommandHandler(new ServiceTicketIntake(
                fixture.getRepository(),
                new InMemoryTicketNumberAllocator(),
                policies,
                new InMemoryUnitContracts(),
                BUSINESS_HOURS));
        return fixture;
    }
}
