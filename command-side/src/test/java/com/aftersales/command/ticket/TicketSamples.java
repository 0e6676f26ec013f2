package com.aftersales.command.ticket;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.BusinessRuleViolation;
import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import com.aftersales.api.ticket.AssignEngineerCommand;
import com.aftersales.api.ticket.AssignLogisticsHandlerCommand;
import com.aftersales.api.ticket.CallbackMethod;
import com.aftersales.api.ticket.CloseServiceTicketCommand;
import com.aftersales.api.ticket.CustomerConfirmedServiceEvent;
import com.aftersales.api.ticket.CustomerRequest;
import com.aftersales.api.ticket.Department;
import com.aftersales.api.ticket.DifficultCaseOpenedEvent;
import com.aftersales.api.ticket.DispatchCosts;
import com.aftersales.api.ticket.EngineerArrivedEvent;
import com.aftersales.api.ticket.EngineerAssignedEvent;
import com.aftersales.api.ticket.EngineerDepartureReportedEvent;
import com.aftersales.api.ticket.FaultReport;
import com.aftersales.api.ticket.IntakeChannel;
import com.aftersales.api.ticket.LoanerBecameDueEvent;
import com.aftersales.api.ticket.LoanerClockStart;
import com.aftersales.api.ticket.LoanerProvidedEvent;
import com.aftersales.api.ticket.LogisticsHandlerAssignedEvent;
import com.aftersales.api.ticket.LogisticsOutcome;
import com.aftersales.api.ticket.LogisticsResolutionRecordedEvent;
import com.aftersales.api.ticket.ProductKind;
import com.aftersales.api.ticket.ProductUnit;
import com.aftersales.api.ticket.ProofOfPurchase;
import com.aftersales.api.ticket.ProvideLoanerCommand;
import com.aftersales.api.ticket.RecordArrivalCommand;
import com.aftersales.api.ticket.RecordCallbackCommand;
import com.aftersales.api.ticket.RecordDispatchCommand;
import com.aftersales.api.ticket.RecordLogisticsResolutionCommand;
import com.aftersales.api.ticket.RecordUnitReceiptCommand;
import com.aftersales.api.ticket.RegisterServiceTicketCommand;
import com.aftersales.api.ticket.ReportDepartureCommand;
import com.aftersales.api.ticket.RouteServiceTicketCommand;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.ServiceReportSubmittedEvent;
import com.aftersales.api.ticket.ServiceTicketClosedEvent;
import com.aftersales.api.ticket.ServiceTicketRegisteredEvent;
import com.aftersales.api.ticket.ServiceTicketRoutedEvent;
import com.aftersales.api.ticket.SlaTerms;
import com.aftersales.api.ticket.SubmitServiceReportCommand;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.UnitReceivedEvent;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.command.common.RuleViolations;
import com.aftersales.command.contract.ContractCoverage;
import com.aftersales.command.ticket.TicketPolicies.PolicyInForce;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matcher;

/**
 * The literal commands and events the ticket fixture tests are made of: a ticket registered on
 * 2024-05-31T17:30Z (2024-06-01 01:30 in Shanghai) for a KX-200 unit, served by {@value #ENGINEER}.
 */
final class TicketSamples {

    static final TicketPolicy POLICY = TicketPolicy.defaults(ZoneId.of("Asia/Shanghai"));

    /** Version 1 of the company policy: the rules' defaults. */
    static final TicketPolicies POLICIES = () -> new PolicyInForce(1, POLICY);

    static final TicketId TICKET_ID = new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90");
    static final String ENGINEER = "eng-wang";
    static final String OTHER_ENGINEER = "eng-li";
    static final String SUPERVISOR = "sup-zhao";
    static final String HANDLER = "log-sun";
    static final String OTHER_HANDLER = "log-qian";
    static final String CLERK = "clerk-liu";
    static final Instant APPOINTMENT = Instant.parse("2024-06-01T02:00:00Z");

    private TicketSamples() {}

    /** Shanghai office hours 09:00–18:00 every day, at calendar version 7. */
    static final SlaCalendar BUSINESS_HOURS = () -> new OfficeHours(LocalTime.of(9, 0), LocalTime.of(18, 0), 7);

    static AggregateTestFixture<ServiceTicket> newFixture(TicketNumberAllocator numbers, InMemorySuperiors superiors) {
        return newFixture(numbers, superiors, new InMemoryUnitContracts());
    }

    static AggregateTestFixture<ServiceTicket> newFixture(
            TicketNumberAllocator numbers, InMemorySuperiors superiors, ContractCoverage contracts) {
        AggregateTestFixture<ServiceTicket> fixture = new AggregateTestFixture<>(ServiceTicket.class);
        fixture.registerInjectableResource(POLICIES);
        fixture.registerInjectableResource(superiors);
        fixture.registerInjectableResource(BUSINESS_HOURS);
        fixture.registerAnnotatedCommandHandler(
                new ServiceTicketIntake(fixture.getRepository(), numbers, POLICIES, contracts, BUSINESS_HOURS));
        return fixture;
    }

    static AggregateTestFixture<ServiceTicket> newFixture(TicketNumberAllocator numbers) {
        return newFixture(numbers, new InMemorySuperiors());
    }

    // ---------------------------------------------------------------- metadata

    static Map<String, String> by(String userId) {
        return Map.of(ActorMetadata.USER_ID, userId);
    }

    static Map<String, String> asEngineerRole(String userId) {
        return Map.of(ActorMetadata.USER_ID, userId, ActorMetadata.ROLE, "ENGINEER");
    }

    static Map<String, String> asClerkRole(String userId) {
        return Map.of(ActorMetadata.USER_ID, userId, ActorMetadata.ROLE, "CLERK");
    }

    /** A given command sent by the assigned engineer (the fixture's given commands carry no other metadata). */
    static CommandMessage<Object> asEngineer(Object command) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(by(ENGINEER));
    }

    // ---------------------------------------------------------------- commands

    static RegisterServiceTicketCommand registration(Urgency urgency) {
        return registration(TICKET_ID, IntakeChannel.PHONE, urgency, Instant.parse("2024-05-31T17:30:00Z"));
    }

    static RegisterServiceTicketCommand registration(
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
                registeredAt);
    }

    static RouteServiceTicketCommand route(Department department) {
        return new RouteServiceTicketCommand(TICKET_ID, department, "fault in the unit", null);
    }

    static AssignEngineerCommand assign(String engineer, ServiceMode mode, Instant appointmentAt) {
        return new AssignEngineerCommand(
                TICKET_ID, new UserId(engineer), mode, appointmentAt, null, "check the compressor", null);
    }

    static AssignEngineerCommand assignInstallation(String engineer, LocalDate contractDeadline) {
        return new AssignEngineerCommand(
                TICKET_ID,
                new UserId(engineer),
                ServiceMode.INSTALLATION,
                null,
                contractDeadline,
                "install and train two operators",
                null);
    }

    static RecordArrivalCommand arrival(String arrivedAt) {
        return new RecordArrivalCommand(
                TICKET_ID, Instant.parse(arrivedAt), Instant.parse(arrivedAt).plusSeconds(60), null);
    }

    static ReportDepartureCommand departure(String departedAt) {
        return new ReportDepartureCommand(
                TICKET_ID,
                new UserId(SUPERVISOR),
                Instant.parse(departedAt),
                Instant.parse(departedAt).plusSeconds(60),
                "relay replaced, unit cooling again",
                null);
    }

    static RecordUnitReceiptCommand receipt(String receivedAt) {
        return new RecordUnitReceiptCommand(
                TICKET_ID, Instant.parse(receivedAt), Instant.parse(receivedAt).plusSeconds(60), null);
    }

    static RecordDispatchCommand dispatch(String dispatchId, LocalDate start, LocalDate end) {
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

    static SubmitServiceReportCommand report(int satisfaction) {
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

    static CloseServiceTicketCommand close() {
        return new CloseServiceTicketCommand(TICKET_ID, "fixed on site", null);
    }

    static ProvideLoanerCommand provideLoaner() {
        return new ProvideLoanerCommand(TICKET_ID, "SN-LOAN-0007", "KX-200", null);
    }

    static RecordCallbackCommand callback(boolean complaintRaised, String complaintSummary) {
        return new RecordCallbackCommand(
                TICKET_ID, CallbackMethod.PHONE, "unit runs quietly now", 4, complaintRaised, complaintSummary, null);
    }

    static AssignLogisticsHandlerCommand assignHandler(String handler) {
        return new AssignLogisticsHandlerCommand(TICKET_ID, new UserId(handler), null);
    }

    static RecordLogisticsResolutionCommand resolution(LogisticsOutcome outcome) {
        return new RecordLogisticsResolutionCommand(TICKET_ID, outcome, "reshipped by express, SF1234567", null);
    }

    // ---------------------------------------------------------------- given events

    static ServiceTicketRegisteredEvent registered(Urgency urgency) {
        return registered(urgency, ProductKind.HARDWARE);
    }

    static ServiceTicketRegisteredEvent registeredSoftware() {
        return registered(Urgency.NORMAL, ProductKind.SOFTWARE);
    }

    static ServiceTicketRegisteredEvent registered(Urgency urgency, ProductKind kind) {
        return registered(urgency, kind, true);
    }

    static ServiceTicketRegisteredEvent registered(Urgency urgency, ProductKind kind, boolean underServiceContract) {
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
                underServiceContract,
                Instant.parse("2024-05-31T17:30:00Z"),
                responseDueAt,
                planDueAt,
                null,
                null,
                urgencyTerms(urgency));
    }

    /** T3, T10: the terms of policy version 1 (the rules' defaults) for an urgency, with no contract. */
    static SlaTerms urgencyTerms(Urgency urgency) {
        Duration response = switch (urgency) {
            case URGENT -> Duration.ofHours(2);
            case NORMAL -> Duration.ofHours(4);
            case LOW -> Duration.ofHours(24);
        };
        Duration plan = switch (urgency) {
            case URGENT -> Duration.ofHours(4);
            case NORMAL -> Duration.ofHours(24);
            case LOW -> null;
        };
        return new SlaTerms(1, null, null, null, response, null, plan, null, Duration.ofHours(4), false, null);
    }

    static ServiceTicketRoutedEvent routed() {
        return new ServiceTicketRoutedEvent(TICKET_ID, Department.TECHNICAL_SERVICE, null, "fault in the unit");
    }

    static ServiceTicketRoutedEvent routedToLogistics() {
        return new ServiceTicketRoutedEvent(TICKET_ID, Department.LOGISTICS, null, "unit arrived damaged in transit");
    }

    static ServiceTicketRoutedEvent reroutedToLogistics() {
        return new ServiceTicketRoutedEvent(
                TICKET_ID, Department.LOGISTICS, Department.TECHNICAL_SERVICE, "the fault is transport damage");
    }

    static ServiceTicketRoutedEvent reroutedToTechnicalService() {
        return new ServiceTicketRoutedEvent(
                TICKET_ID, Department.TECHNICAL_SERVICE, Department.LOGISTICS, "reshipped unit is faulty too");
    }

    static EngineerAssignedEvent assigned(ServiceMode mode, Instant appointmentAt) {
        return new EngineerAssignedEvent(
                TICKET_ID, new UserId(ENGINEER), null, mode, appointmentAt, null, "check the compressor");
    }

    static EngineerAssignedEvent assignedInstallation(LocalDate contractDeadline) {
        return new EngineerAssignedEvent(
                TICKET_ID,
                new UserId(ENGINEER),
                null,
                ServiceMode.INSTALLATION,
                null,
                contractDeadline,
                "install and train two operators");
    }

    static EngineerAssignedEvent reassigned(ServiceMode mode, Instant appointmentAt) {
        return new EngineerAssignedEvent(
                TICKET_ID, new UserId(OTHER_ENGINEER), new UserId(ENGINEER), mode, appointmentAt, null, "takes over");
    }

    static EngineerArrivedEvent arrived() {
        return arrived("2024-06-01T01:50:00Z");
    }

    static EngineerArrivedEvent arrived(String arrivedAt) {
        return new EngineerArrivedEvent(TICKET_ID, new UserId(ENGINEER), Instant.parse(arrivedAt), APPOINTMENT, true);
    }

    static EngineerDepartureReportedEvent departed() {
        return departed("2024-06-01T04:10:00Z");
    }

    static EngineerDepartureReportedEvent departed(String departedAt) {
        return new EngineerDepartureReportedEvent(
                TICKET_ID,
                new UserId(ENGINEER),
                new UserId(SUPERVISOR),
                Instant.parse(departedAt),
                "relay replaced, unit cooling again");
    }

    static UnitReceivedEvent unitReceived(String receivedAt) {
        return new UnitReceivedEvent(TICKET_ID, Instant.parse(receivedAt));
    }

    static LoanerBecameDueEvent loanerBecameDue() {
        return new LoanerBecameDueEvent(
                TICKET_ID,
                Instant.parse("2024-06-01T01:50:00Z"),
                LoanerClockStart.ARRIVAL,
                Instant.parse("2024-06-01T05:50:00Z"));
    }

    static LoanerProvidedEvent loanerProvided() {
        return new LoanerProvidedEvent(TICKET_ID, "SN-LOAN-0007", "KX-200");
    }

    static DifficultCaseOpenedEvent difficultCaseOpened() {
        return new DifficultCaseOpenedEvent(
                TICKET_ID, new UserId("head-chen"), "two remote sessions and one visit did not fix it");
    }

    static ServiceReportSubmittedEvent reported() {
        return reported(ENGINEER);
    }

    static ServiceReportSubmittedEvent reported(String engineer) {
        return new ServiceReportSubmittedEvent(
                TICKET_ID,
                new UserId(engineer),
                "worn start relay",
                "replaced the start relay",
                List.of("RELAY-KX200-S"),
                "quick and tidy",
                4,
                true);
    }

    static CustomerConfirmedServiceEvent confirmed() {
        return new CustomerConfirmedServiceEvent(TICKET_ID, "phone");
    }

    static LogisticsHandlerAssignedEvent handlerAssigned() {
        return new LogisticsHandlerAssignedEvent(TICKET_ID, new UserId(HANDLER), null);
    }

    static LogisticsResolutionRecordedEvent resolved() {
        return new LogisticsResolutionRecordedEvent(
                TICKET_ID, new UserId(HANDLER), LogisticsOutcome.RESHIPPED, "reshipped by express, SF1234567");
    }

    static ServiceTicketClosedEvent closed() {
        return new ServiceTicketClosedEvent(TICKET_ID, "fixed on site");
    }

    /** An on-site service done by the book: arrival, report, departure, confirmation. */
    static List<Object> serviceDoneOnSite(Urgency urgency) {
        return List.of(
                registered(urgency),
                routed(),
                assigned(ServiceMode.ON_SITE, APPOINTMENT),
                arrived(),
                reported(),
                departed(),
                confirmed());
    }

    static List<Object> closedTicket() {
        List<Object> events = new java.util.ArrayList<>(serviceDoneOnSite(Urgency.NORMAL));
        events.add(closed());
        return events;
    }

    // ---------------------------------------------------------------- refusal matcher

    /** Matches a {@link BusinessRuleViolation} of the rule id and error code of {@code rule}. */
    static Matcher<BusinessRuleViolation> violationOf(TicketRule rule) {
        return RuleViolations.violationOf(rule);
    }
}
