package com.aftersales.command.ticket;

import static com.aftersales.command.ticket.TicketSamples.*;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.contract.ContractTerms;
import com.aftersales.api.contract.ServiceContractId;
import com.aftersales.api.ticket.CustomerRequest;
import com.aftersales.api.ticket.Department;
import com.aftersales.api.ticket.FaultReport;
import com.aftersales.api.ticket.IntakeChannel;
import com.aftersales.api.ticket.PauseSlaCommand;
import com.aftersales.api.ticket.ProductKind;
import com.aftersales.api.ticket.ProductUnit;
import com.aftersales.api.ticket.ProofOfPurchase;
import com.aftersales.api.ticket.RegisterServiceTicketResult;
import com.aftersales.api.ticket.ResumeSlaCommand;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.ServiceTicketRegisteredEvent;
import com.aftersales.api.ticket.SlaBreachedEvent;
import com.aftersales.api.ticket.SlaClock;
import com.aftersales.api.ticket.SlaPauseReason;
import com.aftersales.api.ticket.SlaPausedEvent;
import com.aftersales.api.ticket.SlaResumedEvent;
import com.aftersales.api.ticket.SlaTerms;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.command.contract.ContractCover;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/**
 * T13 service contracts set a covered unit's clocks; T14 a hold stops the clocks and a resume gives
 * them back the time they had left. The sample ticket is registered at 2024-05-31T17:30Z (Saturday
 * 01:30 in Shanghai); an URGENT one is due to respond at 19:30Z and to plan at 21:30Z.
 */
class SlaContractAndHoldTest {

    private static final CustomerId CUSTOMER = new CustomerId("9b2e4f6a-1c3d-4e5f-8a7b-0c1d2e3f4a5b");

    /** The solution-collection terms: respond in 0.5 h, on site in 2 h, fixed in 4 h. */
    private static final ContractCover SOLUTION_COLLECTION = new ContractCover(
            new ServiceContractId("5d2a9e1c-0f3b-4c6d-8e7a-9b1c2d3e4f50"),
            "HT-2024-018",
            3,
            new ContractTerms(Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(4), null, false));

    private static final SlaTerms SOLUTION_COLLECTION_TERMS = new SlaTerms(
            1,
            "5d2a9e1c-0f3b-4c6d-8e7a-9b1c2d3e4f50",
            "HT-2024-018",
            3,
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(4),
            Duration.ofHours(4),
            Duration.ofHours(4),
            false,
            null);

    private final AggregateTestFixture<ServiceTicket> fixture = newFixture(
            new InMemoryTicketNumberAllocator(),
            new InMemorySuperiors(),
            new InMemoryUnitContracts().cover(CUSTOMER, "SN-7A21-0093", SOLUTION_COLLECTION));

    /** No contract covers anything: the urgency defaults of T3. */
    private final AggregateTestFixture<ServiceTicket> plain = newFixture(new InMemoryTicketNumberAllocator());

    private final AggregateTestFixture<ServiceTicket> businessHoursFixture = newFixture(
            new InMemoryTicketNumberAllocator(),
            new InMemorySuperiors(),
            new InMemoryUnitContracts()
                    .cover(
                            CUSTOMER,
                            "SN-7A21-0093",
                            new ContractCover(
                                    new ServiceContractId("6e3b0f2d-1a4c-4d7e-9f8b-0c2d3e4f5a61"),
                                    "HT-2024-019",
                                    1,
                                    new ContractTerms(
                                            Duration.ofMinutes(30),
                                            Duration.ofHours(2),
                                            Duration.ofHours(4),
                                            null,
                                            true))));

    // ---------------------------------------------------------------- T13 contracts

    @Test
    void aCoveredUnitTakesTheContractsClocksAndTheTicketNamesTheContractAndItsVersion_T13() {
        fixture.givenNoPriorActivity()
                .when(registration(Urgency.URGENT))
                .expectEvents(registeredUnderContract(
                        Instant.parse("2024-05-31T18:00:00Z"),
                        Instant.parse("2024-05-31T21:30:00Z"),
                        Instant.parse("2024-05-31T19:30:00Z"),
                        Instant.parse("2024-05-31T21:30:00Z"),
                        SOLUTION_COLLECTION_TERMS))
                .expectResultMessagePayload(new RegisterServiceTicketResult(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        "202406-001",
                        Instant.parse("2024-05-31T18:00:00Z"),
                        Instant.parse("2024-05-31T21:30:00Z"),
                        Instant.parse("2024-05-31T19:30:00Z"),
                        Instant.parse("2024-05-31T21:30:00Z"),
                        "HT-2024-018"));
    }

    @Test
    void aContractWithoutAPlanTermKeepsTheUrgencysPlanClock_T13() {
        // LOW has no plan clock of its own, so a LOW ticket under this contract has none either.
        fixture.givenNoPriorActivity()
                .when(registration(TICKET_ID, IntakeChannel.PHONE, Urgency.LOW, Instant.parse("2024-05-31T17:30:00Z")))
                .expectResultMessagePayload(new RegisterServiceTicketResult(
                        TICKET_ID,
                        "202406-001",
                        Instant.parse("2024-05-31T18:00:00Z"),
                        null,
                        Instant.parse("2024-05-31T19:30:00Z"),
                        Instant.parse("2024-05-31T21:30:00Z"),
                        "HT-2024-018"));
    }

    @Test
    void aContractsOwnPlanTermOverridesTheUrgencys_T13() {
        ContractCover withPlan = new ContractCover(
                new ServiceContractId("7f4c1a3e-2b5d-4e8f-a09c-1d3e4f5a6b72"),
                "HT-2024-020",
                1,
                new ContractTerms(Duration.ofHours(1), null, null, Duration.ofHours(3), false));
        newFixture(
                        new InMemoryTicketNumberAllocator(),
                        new InMemorySuperiors(),
                        new InMemoryUnitContracts().cover(CUSTOMER, "SN-7A21-0093", withPlan))
                .givenNoPriorActivity()
                .when(registration(Urgency.NORMAL))
                .expectResultMessagePayload(new RegisterServiceTicketResult(
                        TICKET_ID,
                        "202406-001",
                        Instant.parse("2024-05-31T18:30:00Z"),
                        Instant.parse("2024-05-31T20:30:00Z"),
                        null,
                        null,
                        "HT-2024-020"));
    }

    @Test
    void aContractOfAnotherCustomerDoesNotCoverTheUnit_T13() {
        newFixture(
                        new InMemoryTicketNumberAllocator(),
                        new InMemorySuperiors(),
                        new InMemoryUnitContracts()
                                .cover(
                                        new CustomerId("0d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6"),
                                        "SN-7A21-0093",
                                        SOLUTION_COLLECTION))
                .givenNoPriorActivity()
                .when(registration(Urgency.URGENT))
                .expectResultMessagePayload(new RegisterServiceTicketResult(
                        TICKET_ID,
                        "202406-001",
                        Instant.parse("2024-05-31T19:30:00Z"),
                        Instant.parse("2024-05-31T21:30:00Z"),
                        null,
                        null,
                        null));
    }

    @Test
    void contractClocksInBusinessHoursCountOnlyTheOfficeHours_T13() {
        // Registered at 01:30 Shanghai: counting starts when the office opens at 09:00 (01:00Z).
        businessHoursFixture
                .givenNoPriorActivity()
                .when(registration(Urgency.URGENT))
                .expectEvents(registeredUnderContract(
                        Instant.parse("2024-06-01T01:30:00Z"),
                        Instant.parse("2024-06-01T05:00:00Z"),
                        Instant.parse("2024-06-01T03:00:00Z"),
                        Instant.parse("2024-06-01T05:00:00Z"),
                        new SlaTerms(
                                1,
                                "6e3b0f2d-1a4c-4d7e-9f8b-0c2d3e4f5a61",
                                "HT-2024-019",
                                1,
                                Duration.ofMinutes(30),
                                Duration.ofHours(2),
                                Duration.ofHours(4),
                                Duration.ofHours(4),
                                Duration.ofHours(4),
                                true,
                                7)));
    }

    @Test
    void registrationSchedulesTheContractsOnSiteAndFixDeadlines_T13() {
        fixture.givenNoPriorActivity()
                .when(registration(Urgency.URGENT))
                .expectScheduledDeadline(
                        Instant.parse("2024-05-31T19:30:00Z"),
                        new SlaDeadline(SlaClock.ON_SITE, Instant.parse("2024-05-31T19:30:00Z")))
                .expectScheduledDeadlineWithName(Instant.parse("2024-05-31T19:30:00Z"), "sla-on-site")
                .expectScheduledDeadline(
                        Instant.parse("2024-05-31T21:30:00Z"),
                        new SlaDeadline(SlaClock.FIX, Instant.parse("2024-05-31T21:30:00Z")))
                .expectScheduledDeadlineWithName(Instant.parse("2024-05-31T21:30:00Z"), "sla-fix");
    }

    @Test
    void noEngineerOnSiteInTimeRecordsAnOnSiteBreach_T13() {
        fixture.givenCurrentTime(Instant.parse("2024-05-31T17:30:00Z"))
                .andGivenCommands(
                        registration(Urgency.URGENT),
                        route(Department.TECHNICAL_SERVICE),
                        assign(ENGINEER, ServiceMode.ON_SITE, APPOINTMENT))
                .whenThenTimeAdvancesTo(Instant.parse("2024-05-31T19:30:00Z"))
                .expectEvents(new SlaBreachedEvent(TICKET_ID, SlaClock.ON_SITE, Instant.parse("2024-05-31T19:30:00Z")));
    }

    @Test
    void anArrivalByTheOnSiteDueTimeStopsTheOnSiteClock_T13() {
        fixture.givenCurrentTime(Instant.parse("2024-05-31T17:30:00Z"))
                .andGivenCommands(
                        registration(Urgency.URGENT),
                        route(Department.TECHNICAL_SERVICE),
                        assign(ENGINEER, ServiceMode.ON_SITE, APPOINTMENT),
                        asEngineer(arrival("2024-05-31T19:20:00Z")))
                .whenThenTimeAdvancesTo(Instant.parse("2024-05-31T19:30:00Z"))
                .expectTriggeredDeadlinesWithName("sla-response", "sla-on-site")
                .expectNoEvents();
    }

    @Test
    void aUnitNotFixedInTimeRecordsAFixBreach_T13() {
        fixture.givenCurrentTime(Instant.parse("2024-05-31T17:30:00Z"))
                .andGivenCommands(
                        registration(Urgency.URGENT),
                        route(Department.TECHNICAL_SERVICE),
                        assign(ENGINEER, ServiceMode.REMOTE, null),
                        new com.aftersales.api.ticket.RecordServicePlanCommand(TICKET_ID, "swap the relay", null))
                .whenThenTimeAdvancesTo(Instant.parse("2024-05-31T21:30:00Z"))
                .expectEvents(
                        new SlaBreachedEvent(TICKET_ID, SlaClock.ON_SITE, Instant.parse("2024-05-31T19:30:00Z")),
                        new SlaBreachedEvent(TICKET_ID, SlaClock.FIX, Instant.parse("2024-05-31T21:30:00Z")));
    }

    @Test
    void aServiceReportByTheFixDueTimeStopsTheFixClock_T13() {
        fixture.givenCurrentTime(Instant.parse("2024-05-31T17:30:00Z"))
                .andGivenCommands(
                        registration(Urgency.URGENT),
                        route(Department.TECHNICAL_SERVICE),
                        assign(ENGINEER, ServiceMode.REMOTE, null),
                        new com.aftersales.api.ticket.RecordServicePlanCommand(TICKET_ID, "swap the relay", null),
                        asEngineer(report(5)))
                .whenThenTimeAdvancesTo(Instant.parse("2024-05-31T21:30:00Z"))
                .expectTriggeredDeadlinesWithName("sla-response", "sla-on-site", "sla-plan", "sla-fix")
                .expectNoEvents();
    }

    @Test
    void theLoanerClockKeepsTheLoanerTermTheTicketWasRegisteredUnder_T10_T13() {
        // Registered when the policy gave 6 h; today's policy gives 4 h: the ticket keeps its 6 h.
        SlaTerms sixHours = new SlaTerms(
                1,
                "5d2a9e1c-0f3b-4c6d-8e7a-9b1c2d3e4f50",
                "HT-2024-018",
                3,
                Duration.ofMinutes(30),
                Duration.ofHours(2),
                Duration.ofHours(4),
                Duration.ofHours(4),
                Duration.ofHours(6),
                false,
                null);
        fixture.given(
                        registeredUnderContract(
                                Instant.parse("2024-05-31T18:00:00Z"),
                                Instant.parse("2024-05-31T21:30:00Z"),
                                Instant.parse("2024-05-31T19:30:00Z"),
                                Instant.parse("2024-05-31T21:30:00Z"),
                                sixHours),
                        routed(),
                        assigned(ServiceMode.ON_SITE, APPOINTMENT))
                .when(arrival("2024-06-01T01:50:00Z"), by(ENGINEER))
                .expectScheduledDeadlineWithName(Instant.parse("2024-06-01T07:50:00Z"), "loaner-due");
    }

    // ---------------------------------------------------------------- T14 hold

    @Test
    void aHoldRecordsTheTimeEachRunningClockHasLeft_T14() {
        plain.given(registered(Urgency.URGENT), routed())
                .when(
                        new PauseSlaCommand(
                                TICKET_ID,
                                SlaPauseReason.CUSTOMER_UNREACHABLE,
                                "no answer on the hotline",
                                Instant.parse("2024-05-31T18:00:00Z"),
                                null),
                        asClerkRole(CLERK))
                .expectEvents(new SlaPausedEvent(
                        TICKET_ID,
                        SlaPauseReason.CUSTOMER_UNREACHABLE,
                        "no answer on the hotline",
                        Instant.parse("2024-05-31T18:00:00Z"),
                        Map.of(SlaClock.RESPONSE, Duration.ofMinutes(90), SlaClock.PLAN, Duration.ofMinutes(210))));
    }

    @Test
    void aClockAlreadyStoppedIsNotHeld_T14() {
        // The engineer has responded; only the plan clock still runs, due at 21:30.
        plain.given(registered(Urgency.URGENT), routed(), assigned(ServiceMode.REMOTE, null))
                .when(
                        new PauseSlaCommand(
                                TICKET_ID,
                                SlaPauseReason.WAITING_FOR_PARTS,
                                null,
                                Instant.parse("2024-05-31T21:25:00Z"),
                                null),
                        asEngineerRole(ENGINEER))
                .expectEvents(new SlaPausedEvent(
                        TICKET_ID,
                        SlaPauseReason.WAITING_FOR_PARTS,
                        null,
                        Instant.parse("2024-05-31T21:25:00Z"),
                        Map.of(SlaClock.PLAN, Duration.ofMinutes(5))));
    }

    @Test
    void aClockAlreadyPastDueIsNotHeld_T14() {
        plain.given(registered(Urgency.URGENT), routed())
                .when(
                        new PauseSlaCommand(
                                TICKET_ID,
                                SlaPauseReason.NO_SITE_ACCESS,
                                null,
                                Instant.parse("2024-05-31T19:45:00Z"),
                                null),
                        asClerkRole(CLERK))
                .expectEvents(new SlaPausedEvent(
                        TICKET_ID,
                        SlaPauseReason.NO_SITE_ACCESS,
                        null,
                        Instant.parse("2024-05-31T19:45:00Z"),
                        Map.of(SlaClock.PLAN, Duration.ofMinutes(105))));
    }

    @Test
    void aResumeMovesEachHeldClockByTheTimeOnHold_T14() {
        plain.given(registered(Urgency.URGENT), routed(), pausedAt18())
                .when(new ResumeSlaCommand(
                        TICKET_ID, "customer called back", Instant.parse("2024-05-31T19:00:00Z"), null))
                .expectEvents(new SlaResumedEvent(
                        TICKET_ID,
                        "customer called back",
                        Instant.parse("2024-05-31T19:00:00Z"),
                        Duration.ofHours(1),
                        Map.of(
                                SlaClock.RESPONSE,
                                Instant.parse("2024-05-31T20:30:00Z"),
                                SlaClock.PLAN,
                                Instant.parse("2024-05-31T22:30:00Z")),
                        null))
                .expectScheduledDeadline(
                        Instant.parse("2024-05-31T20:30:00Z"),
                        new SlaDeadline(SlaClock.RESPONSE, Instant.parse("2024-05-31T20:30:00Z")))
                .expectScheduledDeadline(
                        Instant.parse("2024-05-31T22:30:00Z"),
                        new SlaDeadline(SlaClock.PLAN, Instant.parse("2024-05-31T22:30:00Z")));
    }

    @Test
    void theBreachOfAResumedClockIsRecordedAtItsMovedDueTimeAndTheOldDeadlinesRecordNothing_T14() {
        plain.givenCurrentTime(Instant.parse("2024-05-31T17:30:00Z"))
                .andGivenCommands(
                        registration(Urgency.URGENT),
                        route(Department.TECHNICAL_SERVICE),
                        new PauseSlaCommand(
                                TICKET_ID,
                                SlaPauseReason.NO_SITE_ACCESS,
                                "site closed",
                                Instant.parse("2024-05-31T18:00:00Z"),
                                null),
                        new ResumeSlaCommand(TICKET_ID, null, Instant.parse("2024-05-31T19:00:00Z"), null))
                .whenThenTimeAdvancesTo(Instant.parse("2024-05-31T22:30:00Z"))
                .expectTriggeredDeadlinesWithName("sla-response", "sla-response", "sla-plan", "sla-plan")
                .expectEvents(
                        new SlaBreachedEvent(TICKET_ID, SlaClock.RESPONSE, Instant.parse("2024-05-31T20:30:00Z")),
                        new SlaBreachedEvent(TICKET_ID, SlaClock.PLAN, Instant.parse("2024-05-31T22:30:00Z")));
    }

    @Test
    void aDeadlineFiringWhileOnHoldRecordsNoBreach_T14() {
        plain.givenCurrentTime(Instant.parse("2024-05-31T17:30:00Z"))
                .andGivenCommands(
                        registration(Urgency.URGENT),
                        new PauseSlaCommand(
                                TICKET_ID,
                                SlaPauseReason.WAITING_FOR_PARTS,
                                null,
                                Instant.parse("2024-05-31T18:00:00Z"),
                                null))
                .whenThenTimeAdvancesTo(Instant.parse("2024-05-31T21:30:00Z"))
                .expectTriggeredDeadlinesWithName("sla-response", "sla-plan")
                .expectNoEvents();
    }

    @Test
    void aClockPastDueWhenTheHoldBeganStillBreaches_T14() {
        // The response was due at 19:30; the hold at 19:45 cannot undo that.
        plain.givenCurrentTime(Instant.parse("2024-05-31T17:30:00Z"))
                .andGivenCommands(
                        registration(Urgency.URGENT),
                        new PauseSlaCommand(
                                TICKET_ID,
                                SlaPauseReason.CUSTOMER_UNREACHABLE,
                                null,
                                Instant.parse("2024-05-31T19:45:00Z"),
                                null))
                .whenThenTimeAdvancesTo(Instant.parse("2024-05-31T21:30:00Z"))
                .expectEvents(
                        new SlaBreachedEvent(TICKET_ID, SlaClock.RESPONSE, Instant.parse("2024-05-31T19:30:00Z")));
    }

    @Test
    void aClockStoppedDuringTheHoldIsNotRestarted_T14() {
        plain.given(registered(Urgency.URGENT), routed(), pausedAt18(), assigned(ServiceMode.REMOTE, null))
                .when(new ResumeSlaCommand(TICKET_ID, null, Instant.parse("2024-05-31T19:00:00Z"), null))
                .expectEvents(new SlaResumedEvent(
                        TICKET_ID,
                        null,
                        Instant.parse("2024-05-31T19:00:00Z"),
                        Duration.ofHours(1),
                        Map.of(SlaClock.PLAN, Instant.parse("2024-05-31T22:30:00Z")),
                        null));
    }

    @Test
    void inBusinessHoursAHoldKeepsTheOfficeTimeLeftAndResumesInOfficeHours_T13_T14() {
        // Response due 09:30 Shanghai (01:30Z); held at 09:10 with 20 office minutes left; resumed
        // at 17:50, so 10 minutes are left today and 10 tomorrow from 09:00: 09:10 (01:10Z).
        businessHoursFixture
                .givenCurrentTime(Instant.parse("2024-05-31T17:30:00Z"))
                .andGivenCommands(
                        registration(Urgency.URGENT),
                        new PauseSlaCommand(
                                TICKET_ID,
                                SlaPauseReason.CUSTOMER_UNREACHABLE,
                                null,
                                Instant.parse("2024-06-01T01:10:00Z"),
                                null))
                .when(new ResumeSlaCommand(TICKET_ID, null, Instant.parse("2024-06-01T09:50:00Z"), null))
                .expectEvents(new SlaResumedEvent(
                        TICKET_ID,
                        null,
                        Instant.parse("2024-06-01T09:50:00Z"),
                        Duration.ofMinutes(520),
                        Map.of(
                                SlaClock.RESPONSE, Instant.parse("2024-06-02T01:10:00Z"),
                                SlaClock.ON_SITE, Instant.parse("2024-06-02T02:40:00Z"),
                                SlaClock.PLAN, Instant.parse("2024-06-02T04:40:00Z"),
                                SlaClock.FIX, Instant.parse("2024-06-02T04:40:00Z")),
                        7));
    }

    // ---------------------------------------------------------------- helpers

    private static SlaPausedEvent pausedAt18() {
        return new SlaPausedEvent(
                TICKET_ID,
                SlaPauseReason.CUSTOMER_UNREACHABLE,
                null,
                Instant.parse("2024-05-31T18:00:00Z"),
                Map.of(SlaClock.RESPONSE, Duration.ofMinutes(90), SlaClock.PLAN, Duration.ofMinutes(210)));
    }

    private static ServiceTicketRegisteredEvent registeredUnderContract(
            Instant responseDueAt, Instant planDueAt, Instant onSiteDueAt, Instant fixDueAt, SlaTerms terms) {
        return new ServiceTicketRegisteredEvent(
                TICKET_ID,
                "202406-001",
                CUSTOMER,
                IntakeChannel.PHONE,
                new ProofOfPurchase("JD-88001234", "INV-2024-0042"),
                new ProductUnit("KX-200", "SN-7A21-0093", ProductKind.HARDWARE, LocalDate.of(2024, 3, 18)),
                new FaultReport(
                        "compressor trips after ten minutes",
                        LocalDate.of(2024, 5, 30),
                        "continuous cooling of a server room"),
                CustomerRequest.REPAIR,
                Urgency.URGENT,
                true,
                Instant.parse("2024-05-31T17:30:00Z"),
                responseDueAt,
                planDueAt,
                onSiteDueAt,
                fixDueAt,
                terms);
    }
}
