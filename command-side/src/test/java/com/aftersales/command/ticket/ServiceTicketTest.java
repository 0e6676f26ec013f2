package com.aftersales.command.ticket;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.BusinessRuleViolation;
import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import com.aftersales.api.ticket.AssignEngineerCommand;
import com.aftersales.api.ticket.CallbackMethod;
import com.aftersales.api.ticket.CallbackRecordedEvent;
import com.aftersales.api.ticket.ChangeServiceModeCommand;
import com.aftersales.api.ticket.ClassifySoftwareRequestCommand;
import com.aftersales.api.ticket.CloseServiceTicketCommand;
import com.aftersales.api.ticket.ConfirmServiceCommand;
import com.aftersales.api.ticket.CustomerConfirmedServiceEvent;
import com.aftersales.api.ticket.CustomerRequest;
import com.aftersales.api.ticket.Department;
import com.aftersales.api.ticket.DifficultCaseEscalatedEvent;
import com.aftersales.api.ticket.DifficultCaseOpenedEvent;
import com.aftersales.api.ticket.DispatchCosts;
import com.aftersales.api.ticket.EngineerArrivedEvent;
import com.aftersales.api.ticket.EngineerAssignedEvent;
import com.aftersales.api.ticket.EngineerDispatchedEvent;
import com.aftersales.api.ticket.EscalateDifficultCaseCommand;
import com.aftersales.api.ticket.FaultReport;
import com.aftersales.api.ticket.IntakeChannel;
import com.aftersales.api.ticket.LoanerBecameDueEvent;
import com.aftersales.api.ticket.LoanerProvidedEvent;
import com.aftersales.api.ticket.LoanerReturnedEvent;
import com.aftersales.api.ticket.OpenDifficultCaseCommand;
import com.aftersales.api.ticket.ProductKind;
import com.aftersales.api.ticket.ProductUnit;
import com.aftersales.api.ticket.ProofOfPurchase;
import com.aftersales.api.ticket.ProvideLoanerCommand;
import com.aftersales.api.ticket.RecordArrivalCommand;
import com.aftersales.api.ticket.RecordCallbackCommand;
import com.aftersales.api.ticket.RecordDispatchCommand;
import com.aftersales.api.ticket.RecordServicePlanCommand;
import com.aftersales.api.ticket.RegisterServiceTicketCommand;
import com.aftersales.api.ticket.RegisterServiceTicketResult;
import com.aftersales.api.ticket.RequirementEvaluation;
import com.aftersales.api.ticket.RouteServiceTicketCommand;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.ServiceModeChangedEvent;
import com.aftersales.api.ticket.ServicePlanRecordedEvent;
import com.aftersales.api.ticket.ServiceReportSubmittedEvent;
import com.aftersales.api.ticket.ServiceTicketClosedEvent;
import com.aftersales.api.ticket.ServiceTicketRegisteredEvent;
import com.aftersales.api.ticket.ServiceTicketRoutedEvent;
import com.aftersales.api.ticket.SlaBreachedEvent;
import com.aftersales.api.ticket.SlaClock;
import com.aftersales.api.ticket.SoftwareRequestClass;
import com.aftersales.api.ticket.SoftwareRequestClassifiedEvent;
import com.aftersales.api.ticket.SubmitServiceReportCommand;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.Urgency;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RULES T1–T12 on the {@link ServiceTicket} aggregate. Registration goes through {@link
 * ServiceTicketIntake} with an in-memory number allocator; times are those of a ticket registered
 * on 2024-05-31T17:30Z, which is 2024-06-01 01:30 in Shanghai.
 */
class ServiceTicketTest {

    private static final TicketPolicy POLICY = TicketPolicy.defaults(ZoneId.of("Asia/Shanghai"));

    private static final TicketId TICKET_ID = new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90");
    private static final String ENGINEER = "eng-wang";
    private static final String OTHER_ENGINEER = "eng-li";
    private static final Instant APPOINTMENT = Instant.parse("2024-06-01T02:00:00Z");

    private AggregateTestFixture<ServiceTicket> fixture;

    @BeforeEach
    void setUp() {
        fixture = newFixture(new InMemoryTicketNumberAllocator());
    }

    private static AggregateTestFixture<ServiceTicket> newFixture(TicketNumberAllocator numbers) {
        AggregateTestFixture<ServiceTicket> newFixture = new AggregateTestFixture<>(ServiceTicket.class);
        newFixture.registerInjectableResource(POLICY);
        newFixture.registerAnnotatedCommandHandler(
                new ServiceTicketIntake(newFixture.getRepository(), numbers, POLICY));
        return newFixture;
    }

    // ---------------------------------------------------------------- T1 / T2 registration

    @ParameterizedTest
    @EnumSource(IntakeChannel.class)
    void registrationRecordsTheIntakeChannel_T1(IntakeChannel channel) {
        fixture.givenNoPriorActivity()
                .when(registration(TICKET_ID, channel, Urgency.NORMAL, Instant.parse("2024-05-31T17:30:00Z")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ServiceTicketRegisteredEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        "202406-001",
                        new CustomerId("9b2e4f6a-1c3d-4e5f-8a7b-0c1d2e3f4a5b"),
                        channel,
                        new ProofOfPurchase("JD-88001234", "INV-2024-0042"),
                        new ProductUnit("KX-200", "SN-7A21-0093", ProductKind.HARDWARE, LocalDate.of(2024, 3, 18)),
                        new FaultReport(
                                "compressor trips after ten minutes",
                                LocalDate.of(2024, 5, 30),
                                "continuous cooling of a server room"),
                        CustomerRequest.REPAIR,
                        Urgency.NORMAL,
                        true,
                        Instant.parse("2024-05-31T17:30:00Z"),
                        Instant.parse("2024-05-31T21:30:00Z"),
                        Instant.parse("2024-06-01T17:30:00Z")));
    }

    @Test
    void registrationRecordsCustomerProofProductFaultRequestAndTime_T2() {
        fixture.givenNoPriorActivity()
                .when(registration(Urgency.URGENT))
                .expectEvents(new ServiceTicketRegisteredEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        "202406-001",
                        new CustomerId("9b2e4f6a-1c3d-4e5f-8a7b-0c1d2e3f4a5b"),
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
                        Instant.parse("2024-05-31T19:30:00Z"),
                        Instant.parse("2024-05-31T21:30:00Z")))
                .expectResultMessagePayload(new RegisterServiceTicketResult(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        "202406-001",
                        Instant.parse("2024-05-31T19:30:00Z"),
                        Instant.parse("2024-05-31T21:30:00Z")));
    }

    // ---------------------------------------------------------------- T3 urgency and SLA

    @ParameterizedTest(name = "{0}: respond by {1}, plan by {2}")
    @CsvSource({
        "URGENT, 2024-05-31T19:30:00Z, 2024-05-31T21:30:00Z",
        "NORMAL, 2024-05-31T21:30:00Z, 2024-06-01T17:30:00Z",
        "LOW,    2024-06-01T17:30:00Z,"
    })
    void dueTimesFollowTheUrgency_T3(Urgency urgency, Instant responseDueAt, Instant planDueAt) {
        fixture.givenNoPriorActivity()
                .when(registration(urgency))
                .expectEvents(new ServiceTicketRegisteredEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        "202406-001",
                        new CustomerId("9b2e4f6a-1c3d-4e5f-8a7b-0c1d2e3f4a5b"),
                        IntakeChannel.PHONE,
                        new ProofOfPurchase("JD-88001234", "INV-2024-0042"),
                        new ProductUnit("KX-200", "SN-7A21-0093", ProductKind.HARDWARE, LocalDate.of(2024, 3, 18)),
                        new FaultReport(
                                "compressor trips after ten minutes",
                                LocalDate.of(2024, 5, 30),
                                "continuous cooling of a server room"),
                        CustomerRequest.REPAIR,
                        urgency,
                        true,
                        Instant.parse("2024-05-31T17:30:00Z"),
                        responseDueAt,
                        planDueAt))
                .expectResultMessagePayload(new RegisterServiceTicketResult(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"), "202406-001", responseDueAt, planDueAt));
    }

    @Test
    void registrationSchedulesTheResponseAndPlanDeadlines_T3() {
        fixture.givenNoPriorActivity()
                .when(registration(Urgency.URGENT))
                .expectScheduledDeadlineWithName(Instant.parse("2024-05-31T19:30:00Z"), "sla-response")
                .expectScheduledDeadline(
                        Instant.parse("2024-05-31T19:30:00Z"),
                        new SlaDeadline(SlaClock.RESPONSE, Instant.parse("2024-05-31T19:30:00Z")))
                .expectScheduledDeadlineWithName(Instant.parse("2024-05-31T21:30:00Z"), "sla-plan")
                .expectScheduledDeadline(
                        Instant.parse("2024-05-31T21:30:00Z"),
                        new SlaDeadline(SlaClock.PLAN, Instant.parse("2024-05-31T21:30:00Z")));
    }

    @Test
    void lowUrgencyHasNoPlanClock_T3() {
        fixture.givenNoPriorActivity()
                .when(registration(Urgency.LOW))
                .expectScheduledDeadline(
                        Instant.parse("2024-06-01T17:30:00Z"),
                        new SlaDeadline(SlaClock.RESPONSE, Instant.parse("2024-06-01T17:30:00Z")))
                .expectNoScheduledDeadlineWithName(
                        Instant.parse("2024-05-31T17:30:00Z"), Instant.parse("2025-05-31T17:30:00Z"), "sla-plan");
    }

    @Test
    void responseDeadlinePassingRecordsAResponseBreach_T3() {
        fixture.givenCurrentTime(Instant.parse("2024-05-31T17:30:00Z"))
                .andGivenCommands(registration(Urgency.URGENT))
                .whenTimeElapses(Duration.ofHours(2))
                .expectTriggeredDeadlinesWithName("sla-response")
                .expectEvents(new SlaBreachedEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        SlaClock.RESPONSE,
                        Instant.parse("2024-05-31T19:30:00Z")));
    }

    @Test
    void planDeadlinePassingRecordsAPlanBreachAtItsDueTime_T3() {
        fixture.givenCurrentTime(Instant.parse("2024-05-31T17:30:00Z"))
                .andGivenCommands(registration(Urgency.NORMAL))
                .whenThenTimeAdvancesTo(Instant.parse("2024-06-01T17:30:00Z"))
                .expectEvents(
                        new SlaBreachedEvent(
                                new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                                SlaClock.RESPONSE,
                                Instant.parse("2024-05-31T21:30:00Z")),
                        new SlaBreachedEvent(
                                new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                                SlaClock.PLAN,
                                Instant.parse("2024-06-01T17:30:00Z")));
    }

    @Test
    void responseRecordedAfterTheDueTimeIsABreachEvenWhenTheDeadlineFiresLater_T3() {
        // the deadline manager runs ten minutes late; the engineer took the ticket at 19:40, after 19:30
        fixture.givenCurrentTime(Instant.parse("2024-05-31T19:40:00Z"))
                .andGivenCommands(
                        registration(Urgency.URGENT),
                        route(Department.TECHNICAL_SERVICE),
                        assign(ENGINEER, ServiceMode.REMOTE, null))
                .whenThenTimeAdvancesTo(Instant.parse("2024-05-31T19:41:00Z"))
                .expectEvents(new SlaBreachedEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        SlaClock.RESPONSE,
                        Instant.parse("2024-05-31T19:30:00Z")));
    }

    @Test
    void assignmentBeforeTheResponseDueTimeMeansNoBreachIsRecorded_T3() {
        fixture.givenCurrentTime(Instant.parse("2024-05-31T17:30:00Z"))
                .andGivenCommands(
                        registration(Urgency.URGENT),
                        route(Department.TECHNICAL_SERVICE),
                        assign(ENGINEER, ServiceMode.REMOTE, null))
                .whenThenTimeAdvancesTo(Instant.parse("2024-05-31T19:30:00Z"))
                .expectTriggeredDeadlinesWithName("sla-response")
                .expectNoEvents();
    }

    @Test
    void servicePlanIsRecorded_T3() {
        fixture.given(registered(Urgency.URGENT), routed(), assigned(ServiceMode.REMOTE, null))
                .when(new RecordServicePlanCommand(TICKET_ID, "replace the compressor relay on site", null))
                .expectEvents(new ServicePlanRecordedEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"), "replace the compressor relay on site"));
    }

    @Test
    void planRecordedBeforeThePlanDueTimeMeansNoPlanBreach_T3() {
        fixture.givenCurrentTime(Instant.parse("2024-05-31T17:30:00Z"))
                .andGivenCommands(
                        registration(Urgency.URGENT),
                        route(Department.TECHNICAL_SERVICE),
                        assign(ENGINEER, ServiceMode.REMOTE, null),
                        new RecordServicePlanCommand(TICKET_ID, "replace the compressor relay on site", null))
                .whenThenTimeAdvancesTo(Instant.parse("2024-05-31T21:30:00Z"))
                .expectTriggeredDeadlinesWithName("sla-response", "sla-plan")
                .expectNoEvents();
    }

    @Test
    void ticketClosedBeforeThePlanDueTimeRecordsNoPlanBreach_T3() {
        // solved remotely within the hour, without a separate plan: the service is over before 24 h
        fixture.givenCurrentTime(Instant.parse("2024-05-31T17:30:00Z"))
                .andGivenCommands(
                        registration(Urgency.NORMAL),
                        route(Department.TECHNICAL_SERVICE),
                        assign(ENGINEER, ServiceMode.REMOTE, null),
                        asEngineer(report(5)),
                        new ConfirmServiceCommand(TICKET_ID, "phone", null),
                        close())
                .whenThenTimeAdvancesTo(Instant.parse("2024-06-01T17:30:00Z"))
                .expectTriggeredDeadlinesWithName("sla-response", "sla-plan")
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- T4 ticket number

    @Test
    void ticketNumberTakesTheMonthOfRegistrationInShanghai_T4() {
        // 2024-05-31T17:30Z is already 2024-06-01 01:30 in Shanghai
        fixture.givenNoPriorActivity()
                .when(registration(TICKET_ID, IntakeChannel.EMAIL, Urgency.LOW, Instant.parse("2024-05-31T17:30:00Z")))
                .expectResultMessagePayload(new RegisterServiceTicketResult(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        "202406-001",
                        Instant.parse("2024-06-01T17:30:00Z"),
                        null));
    }

    @Test
    void lastMinuteOfTheMonthInShanghaiStaysInThatMonth_T4() {
        // 2024-05-31T15:59Z is 2024-05-31 23:59 in Shanghai
        fixture.givenNoPriorActivity()
                .when(registration(TICKET_ID, IntakeChannel.EMAIL, Urgency.LOW, Instant.parse("2024-05-31T15:59:00Z")))
                .expectResultMessagePayload(new RegisterServiceTicketResult(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        "202405-001",
                        Instant.parse("2024-06-01T15:59:00Z"),
                        null));
    }

    @Test
    void secondRegistrationInTheSameMonthGetsTheNextNumber_T4() {
        TicketNumberAllocator numbers = new InMemoryTicketNumberAllocator();
        newFixture(numbers)
                .givenNoPriorActivity()
                .when(registration(TICKET_ID, IntakeChannel.PHONE, Urgency.LOW, Instant.parse("2024-05-31T17:30:00Z")))
                .expectResultMessagePayload(new RegisterServiceTicketResult(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        "202406-001",
                        Instant.parse("2024-06-01T17:30:00Z"),
                        null));

        TicketId secondTicket = new TicketId("7d0e5b1a-2c3f-4a6b-8d9e-1f2a3b4c5d6e");
        newFixture(numbers)
                .givenNoPriorActivity()
                .when(registration(
                        secondTicket, IntakeChannel.ONLINE_CHAT, Urgency.LOW, Instant.parse("2024-06-20T03:00:00Z")))
                .expectResultMessagePayload(new RegisterServiceTicketResult(
                        new TicketId("7d0e5b1a-2c3f-4a6b-8d9e-1f2a3b4c5d6e"),
                        "202406-002",
                        Instant.parse("2024-06-21T03:00:00Z"),
                        null));
    }

    @Test
    void sequenceRestartsInANewMonth_T4() {
        TicketNumberAllocator numbers = new InMemoryTicketNumberAllocator();
        numbers.next(YearMonth.of(2024, 6));
        numbers.next(YearMonth.of(2024, 6));

        newFixture(numbers)
                .givenNoPriorActivity()
                .when(registration(TICKET_ID, IntakeChannel.PHONE, Urgency.LOW, Instant.parse("2024-06-30T16:00:00Z")))
                .expectResultMessagePayload(new RegisterServiceTicketResult(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        "202407-001",
                        Instant.parse("2024-07-01T16:00:00Z"),
                        null));
    }

    // ---------------------------------------------------------------- T5 routing

    @Test
    void routingRecordsTheDepartment_T5() {
        fixture.given(registered(Urgency.NORMAL))
                .when(route(Department.TECHNICAL_SERVICE))
                .expectEvents(new ServiceTicketRoutedEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        Department.TECHNICAL_SERVICE,
                        null,
                        "fault in the unit"));
    }

    @Test
    void reRoutingRecordsThePreviousDepartment_T5() {
        fixture.given(registered(Urgency.NORMAL), routed())
                .when(new RouteServiceTicketCommand(
                        TICKET_ID, Department.LOGISTICS, "unit arrived damaged in transit", null))
                .expectEvents(new ServiceTicketRoutedEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        Department.LOGISTICS,
                        Department.TECHNICAL_SERVICE,
                        "unit arrived damaged in transit"));
    }

    @Test
    void routingAgainToTheSameDepartmentIsRefused_T5() {
        fixture.given(registered(Urgency.NORMAL), routed())
                .when(route(Department.TECHNICAL_SERVICE))
                .expectException(BusinessRuleViolation.class)
                .expectException(violationOf("T5", "ALREADY_ROUTED"))
                .expectNoEvents();
    }

    @Test
    void assigningBeforeRoutingIsRefused_T5() {
        fixture.given(registered(Urgency.NORMAL))
                .when(assign(ENGINEER, ServiceMode.REMOTE, null))
                .expectException(BusinessRuleViolation.class)
                .expectException(violationOf("T5", "NOT_ROUTED"))
                .expectNoEvents();
    }

    @Test
    void reassignmentRecordsThePreviousEngineer_T5() {
        fixture.given(registered(Urgency.NORMAL), routed(), assigned(ServiceMode.REMOTE, null))
                .when(new AssignEngineerCommand(
                        TICKET_ID, new UserId(OTHER_ENGINEER), ServiceMode.REMOTE, null, null, "takes over", null))
                .expectEvents(new EngineerAssignedEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        new UserId("eng-li"),
                        new UserId("eng-wang"),
                        ServiceMode.REMOTE,
                        null,
                        null,
                        "takes over"));
    }

    @Test
    void reassigningTheSameEngineerIsRefused_T5() {
        fixture.given(registered(Urgency.NORMAL), routed(), assigned(ServiceMode.REMOTE, null))
                .when(assign(ENGINEER, ServiceMode.REMOTE, null))
                .expectException(BusinessRuleViolation.class)
                .expectException(violationOf("T5", "ALREADY_ASSIGNED"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- T6 service modes

    @Test
    void taskSheetNamesTheEngineerAndTheMode_T6() {
        fixture.given(registered(Urgency.NORMAL), routed())
                .when(assign(ENGINEER, ServiceMode.REMOTE, null))
                .expectEvents(new EngineerAssignedEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        new UserId("eng-wang"),
                        null,
                        ServiceMode.REMOTE,
                        null,
                        null,
                        "check the compressor"));
    }

    @Test
    void remoteServiceMayMoveOnSite_T6() {
        fixture.given(registered(Urgency.NORMAL), routed(), assigned(ServiceMode.REMOTE, null))
                .when(new ChangeServiceModeCommand(
                        TICKET_ID, ServiceMode.ON_SITE, APPOINTMENT, "not solved by remote desktop", null))
                .expectEvents(new ServiceModeChangedEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        ServiceMode.REMOTE,
                        ServiceMode.ON_SITE,
                        Instant.parse("2024-06-01T02:00:00Z"),
                        "not solved by remote desktop"));
    }

    @Test
    void repairCannotMoveBackToRemote_T6() {
        fixture.given(registered(Urgency.NORMAL), routed(), assigned(ServiceMode.REPAIR, null))
                .when(new ChangeServiceModeCommand(TICKET_ID, ServiceMode.REMOTE, null, "try by phone", null))
                .expectException(BusinessRuleViolation.class)
                .expectException(violationOf("T6", "MODE_TRANSFER_NOT_ALLOWED"))
                .expectNoEvents();
    }

    @Test
    void movingOnSiteWithoutAnAppointmentIsRefused_T6() {
        fixture.given(registered(Urgency.NORMAL), routed(), assigned(ServiceMode.REMOTE, null))
                .when(new ChangeServiceModeCommand(TICKET_ID, ServiceMode.ON_SITE, null, "needs a visit", null))
                .expectException(BusinessRuleViolation.class)
                .expectException(violationOf("T6", "APPOINTMENT_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void onSiteAssignmentWithoutAnAppointmentIsRefused_T6() {
        fixture.given(registered(Urgency.NORMAL), routed())
                .when(assign(ENGINEER, ServiceMode.ON_SITE, null))
                .expectException(BusinessRuleViolation.class)
                .expectException(violationOf("T6", "APPOINTMENT_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void installationWithoutTheContractDeadlineIsRefused_T6() {
        fixture.given(registered(Urgency.NORMAL), routed())
                .when(assign(ENGINEER, ServiceMode.INSTALLATION, null))
                .expectException(BusinessRuleViolation.class)
                .expectException(violationOf("T6", "CONTRACT_DEADLINE_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void arrivalByTheAssignedEngineerBeforeTheAppointmentIsOnTime_T6() {
        fixture.given(registered(Urgency.NORMAL), routed(), assigned(ServiceMode.ON_SITE, APPOINTMENT))
                .when(arrival("2024-06-01T01:50:00Z"), by(ENGINEER))
                .expectEvents(new EngineerArrivedEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        new UserId("eng-wang"),
                        Instant.parse("2024-06-01T01:50:00Z"),
                        Instant.parse("2024-06-01T02:00:00Z"),
                        true));
    }

    @Test
    void arrivalAfterTheAppointmentIsNotOnTime_T6() {
        fixture.given(registered(Urgency.NORMAL), routed(), assigned(ServiceMode.ON_SITE, APPOINTMENT))
                .when(arrival("2024-06-01T02:25:00Z"), by(ENGINEER))
                .expectEvents(new EngineerArrivedEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        new UserId("eng-wang"),
                        Instant.parse("2024-06-01T02:25:00Z"),
                        Instant.parse("2024-06-01T02:00:00Z"),
                        false));
    }

    @Test
    void arrivalRecordedByAnotherEngineerIsRefused_T6() {
        fixture.given(registered(Urgency.NORMAL), routed(), assigned(ServiceMode.ON_SITE, APPOINTMENT))
                .when(arrival("2024-06-01T01:50:00Z"), by(OTHER_ENGINEER))
                .expectException(BusinessRuleViolation.class)
                .expectException(violationOf("T6", "NOT_THE_ASSIGNED_ENGINEER"))
                .expectNoEvents();
    }

    @Test
    void arrivalInRemoteServiceIsRefused_T6() {
        fixture.given(registered(Urgency.NORMAL), routed(), assigned(ServiceMode.REMOTE, null))
                .when(arrival("2024-06-01T01:50:00Z"), by(ENGINEER))
                .expectException(BusinessRuleViolation.class)
                .expectException(violationOf("T6", "NOT_ON_SITE"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- T7 dispatch

    @Test
    void dispatchRecordsPersonDaysCountingBothEnds_T7() {
        fixture.given(registered(Urgency.NORMAL), routed(), assigned(ServiceMode.ON_SITE, APPOINTMENT))
                .when(dispatch("D-2024-0601", LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 5)))
                .expectEvents(new EngineerDispatchedEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        "D-2024-0601",
                        new UserId("eng-wang"),
                        ServiceMode.ON_SITE,
                        LocalDate.of(2024, 6, 3),
                        LocalDate.of(2024, 6, 5),
                        3,
                        "Suzhou",
                        new DispatchCosts(
                                new BigDecimal("420.00"),
                                new BigDecimal("600.00"),
                                new BigDecimal("85.50"),
                                new BigDecimal("130.00"))));
    }

    @Test
    void sameDayDispatchIsOnePersonDay_T7() {
        fixture.given(registered(Urgency.NORMAL), routed(), assigned(ServiceMode.ON_SITE, APPOINTMENT))
                .when(dispatch("D-2024-0602", LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 3)))
                .expectEvents(new EngineerDispatchedEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        "D-2024-0602",
                        new UserId("eng-wang"),
                        ServiceMode.ON_SITE,
                        LocalDate.of(2024, 6, 3),
                        LocalDate.of(2024, 6, 3),
                        1,
                        "Suzhou",
                        new DispatchCosts(
                                new BigDecimal("420.00"),
                                new BigDecimal("600.00"),
                                new BigDecimal("85.50"),
                                new BigDecimal("130.00"))));
    }

    @Test
    void dispatchInRemoteServiceIsRefused_T7() {
        fixture.given(registered(Urgency.NORMAL), routed(), assigned(ServiceMode.REMOTE, null))
                .when(dispatch("D-2024-0601", LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 5)))
                .expectException(BusinessRuleViolation.class)
                .expectException(violationOf("T7", "NOT_A_TRAVELLING_MODE"))
                .expectNoEvents();
    }

    @Test
    void dispatchEndingBeforeItStartsIsRefused_T7() {
        fixture.given(registered(Urgency.NORMAL), routed(), assigned(ServiceMode.ON_SITE, APPOINTMENT))
                .when(dispatch("D-2024-0601", LocalDate.of(2024, 6, 5), LocalDate.of(2024, 6, 3)))
                .expectException(BusinessRuleViolation.class)
                .expectException(violationOf("T7", "INVALID_PERIOD"))
                .expectNoEvents();
    }

    @Test
    void dispatchIdRecordedTwiceIsRefused_T7() {
        fixture.given(
                        registered(Urgency.NORMAL),
                        routed(),
                        assigned(ServiceMode.ON_SITE, APPOINTMENT),
                        new EngineerDispatchedEvent(
                                TICKET_ID,
                                "D-2024-0601",
                                new UserId(ENGINEER),
                                ServiceMode.ON_SITE,
                                LocalDate.of(2024, 6, 3),
                                LocalDate.of(2024, 6, 5),
                                3,
                                "Suzhou",
                                new DispatchCosts(
                                        new BigDecimal("420.00"),
                                        new BigDecimal("600.00"),
                                        new BigDecimal("85.50"),
                                        new BigDecimal("130.00"))))
                .when(dispatch("D-2024-0601", LocalDate.of(2024, 6, 10), LocalDate.of(2024, 6, 11)))
                .expectException(BusinessRuleViolation.class)
                .expectException(violationOf("T7", "DUPLICATE_DISPATCH"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- T8 difficult case

    @Test
    void difficultCaseFileNamesTheResponsibleAndTheHistory_T8() {
        fixture.given(registered(Urgency.NORMAL), routed())
                .when(new OpenDifficultCaseCommand(
                        TICKET_ID, new UserId("head-chen"), "two remote sessions and one visit did not fix it", null))
                .expectEvents(new DifficultCaseOpenedEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        new UserId("head-chen"),
                        "two remote sessions and one visit did not fix it"));
    }

    @Test
    void escalationGoesOneLevelUpFromTheResponsible_T8() {
        fixture.given(registered(Urgency.NORMAL), routed(), difficultCaseOpened())
                .when(new EscalateDifficultCaseCommand(
                        TICKET_ID, new UserId("director-sun"), "replacement beyond budget authority", null))
                .expectEvents(new DifficultCaseEscalatedEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        new UserId("head-chen"),
                        new UserId("director-sun"),
                        1,
                        "replacement beyond budget authority"));
    }

    @Test
    void everyFurtherEscalationIncrementsTheLevel_T8() {
        fixture.given(
                        registered(Urgency.NORMAL),
                        routed(),
                        difficultCaseOpened(),
                        new DifficultCaseEscalatedEvent(
                                TICKET_ID,
                                new UserId("head-chen"),
                                new UserId("director-sun"),
                                1,
                                "replacement beyond budget authority"))
                .when(new EscalateDifficultCaseCommand(
                        TICKET_ID, new UserId("vp-zhou"), "customer threatens to cancel the contract", null))
                .expectEvents(new DifficultCaseEscalatedEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        new UserId("director-sun"),
                        new UserId("vp-zhou"),
                        2,
                        "customer threatens to cancel the contract"));
    }

    @Test
    void escalatingWithoutACaseFileIsRefused_T8() {
        fixture.given(registered(Urgency.NORMAL), routed())
                .when(new EscalateDifficultCaseCommand(TICKET_ID, new UserId("director-sun"), "beyond authority", null))
                .expectException(BusinessRuleViolation.class)
                .expectException(violationOf("T8", "NO_CASE_FILE"))
                .expectNoEvents();
    }

    @Test
    void escalatingToTheCurrentResponsibleIsRefused_T8() {
        fixture.given(registered(Urgency.NORMAL), routed(), difficultCaseOpened())
                .when(new EscalateDifficultCaseCommand(TICKET_ID, new UserId("head-chen"), "beyond authority", null))
                .expectException(BusinessRuleViolation.class)
                .expectException(violationOf("T8", "ESCALATE_TO_SOMEONE_ELSE"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- service belongs to its engineer

    @Test
    void arrivalEnteredInAdvanceIsRefused_T6() {
        fixture.given(registered(Urgency.URGENT), routed(), assigned(ServiceMode.ON_SITE, APPOINTMENT))
                .when(
                        new RecordArrivalCommand(
                                TICKET_ID,
                                Instant.parse("2024-06-01T06:00:00Z"),
                                Instant.parse("2024-06-01T01:00:00Z"),
                                null),
                        by(ENGINEER))
                .expectException(violationOf("T6", "ARRIVAL_IN_FUTURE"))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void onSiteReportBeforeTheArrivalIsRefused_T6() {
        fixture.given(registered(Urgency.NORMAL), routed(), assigned(ServiceMode.ON_SITE, APPOINTMENT))
                .when(report(5), by(ENGINEER))
                .expectException(violationOf("T6", "NOT_ARRIVED"))
                .expectNoEvents();
    }

    @Test
    void anEngineerCannotPlanAnotherEngineersTicket_T3() {
        fixture.given(registered(Urgency.NORMAL), routed(), assigned(ServiceMode.REMOTE, null))
                .when(new RecordServicePlanCommand(TICKET_ID, "my plan", null), asEngineerRole(OTHER_ENGINEER))
                .expectException(violationOf("T3", "NOT_THE_ASSIGNED_ENGINEER"))
                .expectNoEvents();
    }

    @Test
    void anEngineerRecordsOnlyTheirOwnDispatches_T7() {
        RecordDispatchCommand forSomeoneElse = new RecordDispatchCommand(
                TICKET_ID,
                "D-9",
                new UserId(OTHER_ENGINEER),
                LocalDate.of(2024, 6, 1),
                LocalDate.of(2024, 6, 1),
                "苏州",
                new DispatchCosts(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO),
                null);
        fixture.given(registered(Urgency.NORMAL), routed(), assigned(ServiceMode.ON_SITE, APPOINTMENT))
                .when(forSomeoneElse, asEngineerRole(ENGINEER))
                .expectException(violationOf("T7", "DISPATCH_OF_ANOTHER_ENGINEER"))
                .expectNoEvents();
    }

    @Test
    void confirmationBeforeTheReportIsRefused_T9() {
        fixture.given(registered(Urgency.NORMAL), routed(), assigned(ServiceMode.REMOTE, null))
                .when(new ConfirmServiceCommand(TICKET_ID, "phone", null))
                .expectException(violationOf("T9", "REPORT_MISSING"))
                .expectNoEvents();
    }

    @Test
    void afterAReassignmentTheTicketClosesOnlyWithTheNewEngineersReport_T9() {
        fixture.given(
                        registered(Urgency.NORMAL),
                        routed(),
                        assigned(ServiceMode.REMOTE, null),
                        reported(),
                        confirmed(),
                        new EngineerAssignedEvent(
                                TICKET_ID,
                                new UserId(OTHER_ENGINEER),
                                new UserId(ENGINEER),
                                ServiceMode.REMOTE,
                                null,
                                null,
                                "second opinion"))
                .when(close())
                .expectException(violationOf("T9", "REPORT_MISSING"))
                .expectNoEvents();
    }

    @Test
    void aRemoteReportDoesNotStopTheLoanerClockOfTheLaterVisit_T10() {
        fixture.givenCurrentTime(Instant.parse("2024-06-01T01:50:00Z"))
                .andGiven(
                        registered(Urgency.URGENT),
                        routed(),
                        assigned(ServiceMode.REMOTE, null),
                        reported(),
                        new ServiceModeChangedEvent(
                                TICKET_ID, ServiceMode.REMOTE, ServiceMode.ON_SITE, APPOINTMENT, "not solved remotely"))
                .andGivenCommands(asEngineer(arrival("2024-06-01T01:50:00Z")))
                .whenThenTimeAdvancesTo(Instant.parse("2024-06-01T05:50:00Z"))
                .expectEvents(new LoanerBecameDueEvent(
                        TICKET_ID, Instant.parse("2024-06-01T01:50:00Z"), Instant.parse("2024-06-01T05:50:00Z")));
    }

    // ---------------------------------------------------------------- T9 report and closing

    @Test
    void serviceReportByTheAssignedEngineerIsRecorded_T9() {
        fixture.given(registered(Urgency.NORMAL), routed(), assigned(ServiceMode.ON_SITE, APPOINTMENT), arrived())
                .when(report(4), by(ENGINEER))
                .expectEvents(new ServiceReportSubmittedEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        new UserId("eng-wang"),
                        "worn start relay",
                        "replaced the start relay",
                        List.of("RELAY-KX200-S"),
                        "quick and tidy",
                        4,
                        true));
    }

    @Test
    void serviceReportByAnotherEngineerIsRefused_T9() {
        fixture.given(registered(Urgency.NORMAL), routed(), assigned(ServiceMode.ON_SITE, APPOINTMENT), arrived())
                .when(report(4), by(OTHER_ENGINEER))
                .expectException(BusinessRuleViolation.class)
                .expectException(violationOf("T9", "NOT_THE_ASSIGNED_ENGINEER"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6})
    void satisfactionOutsideOneToFiveIsRefused_T9(int rating) {
        fixture.given(registered(Urgency.NORMAL), routed(), assigned(ServiceMode.ON_SITE, APPOINTMENT), arrived())
                .when(report(rating), by(ENGINEER))
                .expectException(BusinessRuleViolation.class)
                .expectException(violationOf("T9", "RATING_OUT_OF_RANGE"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5})
    void satisfactionAtTheEndsOfTheScaleIsAccepted_T9(int rating) {
        fixture.given(registered(Urgency.NORMAL), routed(), assigned(ServiceMode.ON_SITE, APPOINTMENT), arrived())
                .when(report(rating), by(ENGINEER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ServiceReportSubmittedEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        new UserId("eng-wang"),
                        "worn start relay",
                        "replaced the start relay",
                        List.of("RELAY-KX200-S"),
                        "quick and tidy",
                        rating,
                        true));
    }

    @Test
    void closingWithoutTheServiceReportIsRefused_T9() {
        fixture.given(registered(Urgency.NORMAL), routed(), assigned(ServiceMode.ON_SITE, APPOINTMENT), confirmed())
                .when(close())
                .expectException(BusinessRuleViolation.class)
                .expectException(violationOf("T9", "REPORT_MISSING"))
                .expectNoEvents();
    }

    @Test
    void closingWithoutCustomerConfirmationIsRefused_T9() {
        fixture.given(registered(Urgency.NORMAL), routed(), assigned(ServiceMode.ON_SITE, APPOINTMENT), reported())
                .when(close())
                .expectException(BusinessRuleViolation.class)
                .expectException(violationOf("T9", "CONFIRMATION_MISSING"))
                .expectNoEvents();
    }

    @Test
    void closingWithReportAndConfirmationClosesTheTicket_T9() {
        fixture.given(
                        registered(Urgency.NORMAL),
                        routed(),
                        assigned(ServiceMode.ON_SITE, APPOINTMENT),
                        reported(),
                        confirmed())
                .when(close())
                .expectEvents(new ServiceTicketClosedEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"), "fixed on site"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandsOnAnOpenTicket")
    void commandsAfterClosingAreRefused_T9(String name, Object command) {
        fixture.given(closedTicket())
                .when(command, by(ENGINEER))
                .expectException(BusinessRuleViolation.class)
                .expectException(violationOf("T9", "TICKET_CLOSED"))
                .expectNoEvents();
    }

    static Stream<Arguments> commandsOnAnOpenTicket() {
        return Stream.of(
                Arguments.of("route", route(Department.LOGISTICS)),
                Arguments.of("assign", assign(OTHER_ENGINEER, ServiceMode.ON_SITE, APPOINTMENT)),
                Arguments.of("plan", new RecordServicePlanCommand(TICKET_ID, "another plan", null)),
                Arguments.of(
                        "change mode",
                        new ChangeServiceModeCommand(TICKET_ID, ServiceMode.REPAIR, null, "later", null)),
                Arguments.of("arrival", arrival("2024-06-02T02:00:00Z")),
                Arguments.of("dispatch", dispatch("D-2024-0699", LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 3))),
                Arguments.of(
                        "open difficult case",
                        new OpenDifficultCaseCommand(TICKET_ID, new UserId("head-chen"), "history", null)),
                Arguments.of("report", report(5)),
                Arguments.of("confirm", new ConfirmServiceCommand(TICKET_ID, "phone", null)),
                Arguments.of("close", close()),
                Arguments.of("provide loaner", new ProvideLoanerCommand(TICKET_ID, "SN-LOAN-0007", "KX-200", null)),
                Arguments.of(
                        "classify",
                        new ClassifySoftwareRequestCommand(TICKET_ID, SoftwareRequestClass.BUG, 1, null, null)));
    }

    // ---------------------------------------------------------------- T10 loaner

    @Test
    void arrivalOnAnUrgentContractTicketSchedulesTheLoanerDeadline_T10() {
        fixture.given(registered(Urgency.URGENT), routed(), assigned(ServiceMode.ON_SITE, APPOINTMENT))
                .when(arrival("2024-06-01T01:50:00Z"), by(ENGINEER))
                .expectScheduledDeadlineWithName(Instant.parse("2024-06-01T05:50:00Z"), "loaner-due")
                .expectScheduledDeadline(
                        Instant.parse("2024-06-01T05:50:00Z"),
                        new LoanerDeadline(
                                Instant.parse("2024-06-01T01:50:00Z"), Instant.parse("2024-06-01T05:50:00Z")));
    }

    @Test
    void arrivalOnANormalTicketSchedulesNoLoanerDeadline_T10() {
        fixture.given(registered(Urgency.NORMAL), routed(), assigned(ServiceMode.ON_SITE, APPOINTMENT))
                .when(arrival("2024-06-01T01:50:00Z"), by(ENGINEER))
                .expectSuccessfulHandlerExecution()
                .expectNoScheduledDeadlines();
    }

    @Test
    void unitNotFixedWithinFourHoursOfArrivalMakesTheLoanerDue_T10() {
        fixture.givenCurrentTime(Instant.parse("2024-06-01T01:50:00Z"))
                .andGiven(registered(Urgency.URGENT), routed(), assigned(ServiceMode.ON_SITE, APPOINTMENT))
                .andGivenCommands(asEngineer(arrival("2024-06-01T01:50:00Z")))
                .whenThenTimeAdvancesTo(Instant.parse("2024-06-01T05:50:00Z"))
                .expectTriggeredDeadlinesWithName("loaner-due")
                .expectEvents(new LoanerBecameDueEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        Instant.parse("2024-06-01T01:50:00Z"),
                        Instant.parse("2024-06-01T05:50:00Z")));
    }

    @Test
    void unitFixedWithinFourHoursNeedsNoLoaner_T10() {
        fixture.givenCurrentTime(Instant.parse("2024-06-01T01:50:00Z"))
                .andGiven(registered(Urgency.URGENT), routed(), assigned(ServiceMode.ON_SITE, APPOINTMENT))
                .andGivenCommands(asEngineer(arrival("2024-06-01T01:50:00Z")), asEngineer(report(5)))
                .whenThenTimeAdvancesTo(Instant.parse("2024-06-01T05:50:00Z"))
                .expectTriggeredDeadlinesWithName("loaner-due")
                .expectNoEvents();
    }

    @Test
    void secondArrivalSchedulesNoSecondLoanerDeadline_T10() {
        fixture.given(
                        registered(Urgency.URGENT),
                        routed(),
                        assigned(ServiceMode.ON_SITE, APPOINTMENT),
                        arrived("2024-06-01T01:50:00Z"))
                .when(arrival("2024-06-02T01:30:00Z"), by(ENGINEER))
                .expectSuccessfulHandlerExecution()
                .expectNoScheduledDeadlines();
    }

    @Test
    void loanerBeforeItIsDueIsRefused_T10() {
        fixture.given(
                        registered(Urgency.URGENT),
                        routed(),
                        assigned(ServiceMode.ON_SITE, APPOINTMENT),
                        arrived("2024-06-01T01:50:00Z"))
                .when(provideLoaner())
                .expectException(BusinessRuleViolation.class)
                .expectException(violationOf("T10", "LOANER_NOT_DUE"))
                .expectNoEvents();
    }

    @Test
    void loanerOnceDueIsProvided_T10() {
        fixture.given(
                        registered(Urgency.URGENT),
                        routed(),
                        assigned(ServiceMode.ON_SITE, APPOINTMENT),
                        arrived("2024-06-01T01:50:00Z"),
                        loanerBecameDue())
                .when(provideLoaner())
                .expectEvents(new LoanerProvidedEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"), "SN-LOAN-0007", "KX-200"));
    }

    @Test
    void loanerForANormalTicketIsRefused_T10() {
        fixture.given(registered(Urgency.NORMAL), routed(), assigned(ServiceMode.ON_SITE, APPOINTMENT))
                .when(provideLoaner())
                .expectException(BusinessRuleViolation.class)
                .expectException(violationOf("T10", "LOANER_NOT_ELIGIBLE"))
                .expectNoEvents();
    }

    @Test
    void closingWhileTheLoanerIsOutIsRefused_T10() {
        fixture.given(
                        registered(Urgency.URGENT),
                        routed(),
                        assigned(ServiceMode.ON_SITE, APPOINTMENT),
                        arrived("2024-06-01T01:50:00Z"),
                        loanerBecameDue(),
                        new LoanerProvidedEvent(TICKET_ID, "SN-LOAN-0007", "KX-200"),
                        reported(),
                        confirmed())
                .when(close())
                .expectException(BusinessRuleViolation.class)
                .expectException(violationOf("T10", "LOANER_OUTSTANDING"))
                .expectNoEvents();
    }

    @Test
    void closingAfterTheLoanerCameBackSucceeds_T10() {
        fixture.given(
                        registered(Urgency.URGENT),
                        routed(),
                        assigned(ServiceMode.ON_SITE, APPOINTMENT),
                        arrived("2024-06-01T01:50:00Z"),
                        loanerBecameDue(),
                        new LoanerProvidedEvent(TICKET_ID, "SN-LOAN-0007", "KX-200"),
                        reported(),
                        confirmed(),
                        new LoanerReturnedEvent(TICKET_ID, "SN-LOAN-0007", "returned intact"))
                .when(close())
                .expectEvents(new ServiceTicketClosedEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"), "fixed on site"));
    }

    // ---------------------------------------------------------------- T11 callback

    @Test
    void callbackBeforeClosingIsRefused_T11() {
        fixture.given(
                        registered(Urgency.NORMAL),
                        routed(),
                        assigned(ServiceMode.ON_SITE, APPOINTMENT),
                        reported(),
                        confirmed())
                .when(callback(false, null))
                .expectException(BusinessRuleViolation.class)
                .expectException(violationOf("T11", "NOT_CLOSED"))
                .expectNoEvents();
    }

    @Test
    void callbackAfterClosingRecordsMethodFeedbackAndSatisfaction_T11() {
        fixture.given(closedTicket())
                .when(callback(false, null))
                .expectEvents(new CallbackRecordedEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        CallbackMethod.PHONE,
                        "unit runs quietly now",
                        4,
                        false,
                        null));
    }

    @Test
    void complaintRaisedInACallbackNeedsItsContent_T11() {
        fixture.given(closedTicket())
                .when(callback(true, " "))
                .expectException(BusinessRuleViolation.class)
                .expectException(violationOf("T11", "COMPLAINT_SUMMARY_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void complaintRaisedInACallbackIsRecordedWithItsContent_T11() {
        fixture.given(closedTicket())
                .when(callback(true, "engineer argued with the customer on site"))
                .expectEvents(new CallbackRecordedEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        CallbackMethod.PHONE,
                        "unit runs quietly now",
                        4,
                        true,
                        "engineer argued with the customer on site"));
    }

    // ---------------------------------------------------------------- T12 software requests

    @Test
    void onlySoftwareRequestsAreClassified_T12() {
        fixture.given(registered(Urgency.NORMAL))
                .when(new ClassifySoftwareRequestCommand(TICKET_ID, SoftwareRequestClass.BUG, 1, null, null))
                .expectException(BusinessRuleViolation.class)
                .expectException(violationOf("T12", "NOT_SOFTWARE"))
                .expectNoEvents();
    }

    @Test
    void softwareBugIsClassifiedWithItsPriority_T12() {
        fixture.given(registeredSoftware())
                .when(new ClassifySoftwareRequestCommand(TICKET_ID, SoftwareRequestClass.BUG, 1, null, null))
                .expectEvents(new SoftwareRequestClassifiedEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"), SoftwareRequestClass.BUG, 1, null));
    }

    @Test
    void requirementWithoutEvaluationIsRefused_T12() {
        fixture.given(registeredSoftware())
                .when(new ClassifySoftwareRequestCommand(TICKET_ID, SoftwareRequestClass.REQUIREMENT, 3, null, null))
                .expectException(BusinessRuleViolation.class)
                .expectException(violationOf("T12", "EVALUATION_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void requirementIsClassifiedWithItsEvaluation_T12() {
        fixture.given(registeredSoftware())
                .when(new ClassifySoftwareRequestCommand(
                        TICKET_ID,
                        SoftwareRequestClass.REQUIREMENT,
                        3,
                        new RequirementEvaluation(
                                "useful for every hospital customer",
                                "fits the reporting module",
                                15,
                                LocalDate.of(2024, 7, 31),
                                true),
                        null))
                .expectEvents(new SoftwareRequestClassifiedEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        SoftwareRequestClass.REQUIREMENT,
                        3,
                        new RequirementEvaluation(
                                "useful for every hospital customer",
                                "fits the reporting module",
                                15,
                                LocalDate.of(2024, 7, 31),
                                true)));
    }

    // ---------------------------------------------------------------- commands

    private static RegisterServiceTicketCommand registration(Urgency urgency) {
        return registration(TICKET_ID, IntakeChannel.PHONE, urgency, Instant.parse("2024-05-31T17:30:00Z"));
    }

    private static RegisterServiceTicketCommand registration(
            TicketId ticketId, IntakeChannel channel, Urgency urgency, Instant registeredAt) {
        return new RegisterServiceTicketCommand(
                ticketId,
                new CustomerId("9b2e4f6a-1c3d-4e5f-8a7b-0c1d2e3f4a5b"),
                channel,
                new ProofOfPurchase("JD-88001234", "INV-2024-0042"),
                new ProductUnit("KX-200", "SN-7A21-0093", ProductKind.HARDWARE, LocalDate.of(2024, 3, 18)),
                new FaultReport(
                        "compressor trips after ten minutes",
                        LocalDate.of(2024, 5, 30),
                        "continuous cooling of a server room"),
                CustomerRequest.REPAIR,
                urgency,
                true,
                registeredAt);
    }

    private static RouteServiceTicketCommand route(Department department) {
        return new RouteServiceTicketCommand(TICKET_ID, department, "fault in the unit", null);
    }

    private static AssignEngineerCommand assign(String engineer, ServiceMode mode, Instant appointmentAt) {
        return new AssignEngineerCommand(
                TICKET_ID, new UserId(engineer), mode, appointmentAt, null, "check the compressor", null);
    }

    private static EngineerArrivedEvent arrived() {
        return arrived("2024-06-01T01:50:00Z");
    }

    private static Map<String, String> asEngineerRole(String userId) {
        return Map.of(ActorMetadata.USER_ID, userId, ActorMetadata.ROLE, "ENGINEER");
    }

    private static RecordArrivalCommand arrival(String arrivedAt) {
        return new RecordArrivalCommand(
                TICKET_ID, Instant.parse(arrivedAt), Instant.parse(arrivedAt).plusSeconds(60), null);
    }

    private static RecordDispatchCommand dispatch(String dispatchId, LocalDate start, LocalDate end) {
        return new RecordDispatchCommand(
                TICKET_ID,
                dispatchId,
                new UserId(ENGINEER),
                start,
                end,
                "Suzhou",
                new DispatchCosts(
                        new BigDecimal("420.00"),
                        new BigDecimal("600.00"),
                        new BigDecimal("85.50"),
                        new BigDecimal("130.00")),
                null);
    }

    private static SubmitServiceReportCommand report(int satisfaction) {
        return new SubmitServiceReportCommand(
                TICKET_ID,
                "worn start relay",
                "replaced the start relay",
                List.of("RELAY-KX200-S"),
                "quick and tidy",
                satisfaction,
                true,
                null);
    }

    private static CloseServiceTicketCommand close() {
        return new CloseServiceTicketCommand(TICKET_ID, "fixed on site", null);
    }

    private static ProvideLoanerCommand provideLoaner() {
        return new ProvideLoanerCommand(TICKET_ID, "SN-LOAN-0007", "KX-200", null);
    }

    private static RecordCallbackCommand callback(boolean complaintRaised, String complaintSummary) {
        return new RecordCallbackCommand(
                TICKET_ID, CallbackMethod.PHONE, "unit runs quietly now", 4, complaintRaised, complaintSummary, null);
    }

    private static Map<String, String> by(String userId) {
        return Map.of(ActorMetadata.USER_ID, userId);
    }

    /** A given command sent by the assigned engineer (the fixture's given commands carry no other metadata). */
    private static CommandMessage<Object> asEngineer(Object command) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(by(ENGINEER));
    }

    // ---------------------------------------------------------------- given events

    private static ServiceTicketRegisteredEvent registered(Urgency urgency) {
        return registered(urgency, ProductKind.HARDWARE);
    }

    private static ServiceTicketRegisteredEvent registeredSoftware() {
        return registered(Urgency.NORMAL, ProductKind.SOFTWARE);
    }

    private static ServiceTicketRegisteredEvent registered(Urgency urgency, ProductKind kind) {
        Instant responseDueAt = switch (urgency) {
            case URGENT -> Instant.parse("2024-05-31T19:30:00Z");
            case NORMAL -> Instant.parse("2024-05-31T21:30:00Z");
            case LOW -> Instant.parse("2024-06-01T17:30:00Z");
        };
        Instant planDueAt = switch (urgency) {
            case URGENT -> Instant.parse("2024-05-31T21:30:00Z");
            case NORMAL -> Instant.parse("2024-06-01T17:30:00Z");
            case LOW -> null;
        };
        return new ServiceTicketRegisteredEvent(
                TICKET_ID,
                "202406-001",
                new CustomerId("9b2e4f6a-1c3d-4e5f-8a7b-0c1d2e3f4a5b"),
                IntakeChannel.PHONE,
                new ProofOfPurchase("JD-88001234", "INV-2024-0042"),
                new ProductUnit("KX-200", "SN-7A21-0093", kind, LocalDate.of(2024, 3, 18)),
                new FaultReport(
                        "compressor trips after ten minutes",
                        LocalDate.of(2024, 5, 30),
                        "continuous cooling of a server room"),
                CustomerRequest.REPAIR,
                urgency,
                true,
                Instant.parse("2024-05-31T17:30:00Z"),
                responseDueAt,
                planDueAt);
    }

    private static ServiceTicketRoutedEvent routed() {
        return new ServiceTicketRoutedEvent(TICKET_ID, Department.TECHNICAL_SERVICE, null, "fault in the unit");
    }

    private static EngineerAssignedEvent assigned(ServiceMode mode, Instant appointmentAt) {
        return new EngineerAssignedEvent(
                TICKET_ID, new UserId(ENGINEER), null, mode, appointmentAt, null, "check the compressor");
    }

    private static EngineerArrivedEvent arrived(String arrivedAt) {
        return new EngineerArrivedEvent(TICKET_ID, new UserId(ENGINEER), Instant.parse(arrivedAt), APPOINTMENT, true);
    }

    private static LoanerBecameDueEvent loanerBecameDue() {
        return new LoanerBecameDueEvent(
                TICKET_ID, Instant.parse("2024-06-01T01:50:00Z"), Instant.parse("2024-06-01T05:50:00Z"));
    }

    private static DifficultCaseOpenedEvent difficultCaseOpened() {
        return new DifficultCaseOpenedEvent(
                TICKET_ID, new UserId("head-chen"), "two remote sessions and one visit did not fix it");
    }

    private static ServiceReportSubmittedEvent reported() {
        return new ServiceReportSubmittedEvent(
                TICKET_ID,
                new UserId(ENGINEER),
                "worn start relay",
                "replaced the start relay",
                List.of("RELAY-KX200-S"),
                "quick and tidy",
                4,
                true);
    }

    private static CustomerConfirmedServiceEvent confirmed() {
        return new CustomerConfirmedServiceEvent(TICKET_ID, "phone");
    }

    private static List<Object> closedTicket() {
        return List.of(
                registered(Urgency.NORMAL),
                routed(),
                assigned(ServiceMode.ON_SITE, APPOINTMENT),
                reported(),
                confirmed(),
                new ServiceTicketClosedEvent(TICKET_ID, "fixed on site"));
    }

    // ---------------------------------------------------------------- refusal matcher

    /** Matches a {@link BusinessRuleViolation} of the given rule id and error code. */
    private static Matcher<BusinessRuleViolation> violationOf(String ruleId, String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(BusinessRuleViolation violation) {
                return ruleId.equals(violation.ruleId()) && code.equals(violation.code());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a BusinessRuleViolation of rule " + ruleId + " with code " + code);
            }

            @Override
            protected void describeMismatchSafely(BusinessRuleViolation violation, Description mismatch) {
                mismatch.appendText("was rule " + violation.ruleId() + " with code " + violation.code() + ": "
                        + violation.getMessage());
            }
        };
    }
}
