package com.aftersales.command.ticket;

import static com.aftersales.command.ticket.TicketSamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.UserId;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.ticket.AssignEngineerCommand;
import com.aftersales.api.ticket.AssignLogisticsHandlerCommand;
import com.aftersales.api.ticket.CallbackMethod;
import com.aftersales.api.ticket.ChangeServiceModeCommand;
import com.aftersales.api.ticket.ClassifySoftwareRequestCommand;
import com.aftersales.api.ticket.ConfirmServiceCommand;
import com.aftersales.api.ticket.Department;
import com.aftersales.api.ticket.DispatchCosts;
import com.aftersales.api.ticket.EngineerDispatchedEvent;
import com.aftersales.api.ticket.EscalateDifficultCaseCommand;
import com.aftersales.api.ticket.LinkRepairOrderCommand;
import com.aftersales.api.ticket.LoanerReturnedEvent;
import com.aftersales.api.ticket.LogisticsOutcome;
import com.aftersales.api.ticket.OpenDifficultCaseCommand;
import com.aftersales.api.ticket.PauseSlaCommand;
import com.aftersales.api.ticket.ProvideLoanerCommand;
import com.aftersales.api.ticket.RecordArrivalCommand;
import com.aftersales.api.ticket.RecordCallbackCommand;
import com.aftersales.api.ticket.RecordDispatchCommand;
import com.aftersales.api.ticket.RecordRepairOutcomeCommand;
import com.aftersales.api.ticket.RecordServicePlanCommand;
import com.aftersales.api.ticket.RecordUnitReceiptCommand;
import com.aftersales.api.ticket.RepairOrderLinkedEvent;
import com.aftersales.api.ticket.ReportDepartureCommand;
import com.aftersales.api.ticket.ResumeSlaCommand;
import com.aftersales.api.ticket.ReturnLoanerCommand;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.SlaClock;
import com.aftersales.api.ticket.SlaPauseReason;
import com.aftersales.api.ticket.SlaPausedEvent;
import com.aftersales.api.ticket.SoftwareRequestClass;
import com.aftersales.api.ticket.SubmitServiceReportCommand;
import com.aftersales.api.ticket.Urgency;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every refusal of the ticket has a scenario that provokes it: literal given events (and the
 * actor's metadata where the role matters), a command, and exactly that rule id and code with no
 * event. A new {@link TicketRule} without a scenario fails here, and deleting the guard of a rule
 * fails its scenario. The named tests in {@link ServiceTicketTest} tell the rules' stories; this
 * catalogue proves that none of them is only a constant.
 */
class TicketRuleCatalogueTest {

    private static final String UNIT_SERIAL = "SN-7A21-0093";
    private static final RepairOrderId REPAIR_ORDER = new RepairOrderId("5b0e6f1a-2c3d-4e5f-8a9b-0c1d2e3f4a5b");

    /** Given these events, when this command arrives with this metadata, then it is refused. */
    record Scenario(List<Object> given, Object command, Map<String, ?> metaData) {}

    private static final Instant AT_18 = Instant.parse("2024-05-31T18:00:00Z");

    private static final Map<TicketRule, Scenario> CATALOGUE = catalogue();

    /** Clients match on these strings: a constant must name a ticket rule and a code of its own. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(TicketRule.class)
    void everyRuleCodeNamesATicketRuleAndAnUpperCaseCode(TicketRule rule) {
        assertThat(rule.ruleId()).matches("T([1-9]|1[0-4])");
        assertThat(rule.code()).matches("[A-Z][A-Z_]+[A-Z]");
        assertThat(rule.violation("why").ruleId()).isEqualTo(rule.ruleId());
        assertThat(rule.violation("why").code()).isEqualTo(rule.code());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TicketRule.class)
    void everyRuleCodeHasARefusalScenario(TicketRule rule) {
        Scenario scenario = CATALOGUE.get(rule);
        assertThat(scenario).as("a refusal scenario for %s", rule).isNotNull();

        newFixture(new InMemoryTicketNumberAllocator())
                .given(scenario.given())
                .when(scenario.command(), scenario.metaData())
                .expectException(violationOf(rule))
                .expectNoEvents();
    }

    private static Map<TicketRule, Scenario> catalogue() {
        Map<TicketRule, Scenario> c = new EnumMap<>(TicketRule.class);
        Map<String, String> clerk = asClerkRole(CLERK);
        Map<String, String> engineer = asEngineerRole(ENGINEER);

        // ---------------------------------------------------------------- the whole ticket
        c.put(TicketRule.TICKET_CLOSED, new Scenario(closedTicket(), route(Department.LOGISTICS), clerk));
        c.put(TicketRule.NOT_ASSIGNED, new Scenario(technical(Urgency.NORMAL), report(5), engineer));

        // ---------------------------------------------------------------- T3
        c.put(
                TicketRule.PLAN_REQUIRED,
                new Scenario(
                        engaged(ServiceMode.REMOTE, null), new RecordServicePlanCommand(TICKET_ID, " ", null), clerk));
        c.put(
                TicketRule.PLAN_NOT_BY_THE_ASSIGNED_ENGINEER,
                new Scenario(
                        engaged(ServiceMode.REMOTE, null),
                        new RecordServicePlanCommand(TICKET_ID, "my plan", null),
                        asEngineerRole(OTHER_ENGINEER)));

        // ---------------------------------------------------------------- T14
        c.put(
                TicketRule.PAUSE_REASON_REQUIRED,
                new Scenario(technical(Urgency.URGENT), new PauseSlaCommand(TICKET_ID, null, "?", AT_18, null), clerk));
        c.put(
                TicketRule.ALREADY_ON_HOLD,
                new Scenario(
                        List.of(registered(Urgency.URGENT), routed(), held()),
                        new PauseSlaCommand(
                                TICKET_ID, SlaPauseReason.WAITING_FOR_PARTS, null, AT_18.plusSeconds(60), null),
                        clerk));
        c.put(
                TicketRule.NOTHING_TO_PAUSE,
                new Scenario(
                        List.of(registered(Urgency.LOW), routed(), assigned(ServiceMode.REMOTE, null)),
                        new PauseSlaCommand(TICKET_ID, SlaPauseReason.WAITING_FOR_PARTS, null, AT_18, null),
                        clerk));
        c.put(
                TicketRule.NOT_ON_HOLD,
                new Scenario(technical(Urgency.URGENT), new ResumeSlaCommand(TICKET_ID, null, AT_18, null), clerk));
        c.put(
                TicketRule.RESUME_BEFORE_PAUSE,
                new Scenario(
                        List.of(registered(Urgency.URGENT), routed(), held()),
                        new ResumeSlaCommand(TICKET_ID, null, AT_18.minusSeconds(1), null),
                        clerk));
        c.put(
                TicketRule.PAUSE_NOT_BY_THE_ASSIGNED_ENGINEER,
                new Scenario(
                        engaged(ServiceMode.REMOTE, null),
                        new PauseSlaCommand(TICKET_ID, SlaPauseReason.CUSTOMER_UNREACHABLE, null, AT_18, null),
                        asEngineerRole(OTHER_ENGINEER)));

        // ---------------------------------------------------------------- T5
        c.put(TicketRule.DEPARTMENT_REQUIRED, new Scenario(List.of(registered(Urgency.NORMAL)), route(null), clerk));
        c.put(
                TicketRule.ALREADY_ROUTED,
                new Scenario(technical(Urgency.NORMAL), route(Department.TECHNICAL_SERVICE), clerk));
        c.put(
                TicketRule.NOT_ROUTED,
                new Scenario(List.of(registered(Urgency.NORMAL)), assign(ENGINEER, ServiceMode.REMOTE, null), clerk));
        c.put(
                TicketRule.ALREADY_ASSIGNED,
                new Scenario(engaged(ServiceMode.REMOTE, null), assign(ENGINEER, ServiceMode.REMOTE, null), clerk));
        c.put(
                TicketRule.NO_ENGINEER_ON_LOGISTICS,
                new Scenario(logistics(), assign(ENGINEER, ServiceMode.REMOTE, null), clerk));
        c.put(
                TicketRule.NOT_A_LOGISTICS_TICKET,
                new Scenario(technical(Urgency.NORMAL), assignHandler(HANDLER), clerk));
        c.put(
                TicketRule.HANDLER_REQUIRED,
                new Scenario(logistics(), new AssignLogisticsHandlerCommand(TICKET_ID, null, null), clerk));
        c.put(
                TicketRule.HANDLER_ALREADY_ASSIGNED,
                new Scenario(logistics(handlerAssigned()), assignHandler(HANDLER), clerk));
        c.put(
                TicketRule.NO_LOGISTICS_HANDLER,
                new Scenario(logistics(), resolution(LogisticsOutcome.RESHIPPED), asClerkRole(HANDLER)));
        c.put(
                TicketRule.RESOLUTION_NOT_BY_THE_HANDLER,
                new Scenario(
                        logistics(handlerAssigned()),
                        resolution(LogisticsOutcome.RESHIPPED),
                        asClerkRole(OTHER_HANDLER)));
        c.put(
                TicketRule.OUTCOME_REQUIRED,
                new Scenario(logistics(handlerAssigned()), resolution(null), asClerkRole(HANDLER)));
        c.put(
                TicketRule.ALREADY_RESOLVED,
                new Scenario(
                        logistics(handlerAssigned(), resolved()),
                        resolution(LogisticsOutcome.REFUNDED),
                        asClerkRole(HANDLER)));

        // ---------------------------------------------------------------- T6
        c.put(
                TicketRule.TASK_SHEET_INCOMPLETE,
                new Scenario(
                        technical(Urgency.NORMAL),
                        new AssignEngineerCommand(TICKET_ID, null, ServiceMode.REMOTE, null, null, null, null),
                        clerk));
        c.put(
                TicketRule.MODE_CHANGE_BY_TRANSFER,
                new Scenario(
                        engaged(ServiceMode.REMOTE, null),
                        assign(OTHER_ENGINEER, ServiceMode.ON_SITE, APPOINTMENT),
                        clerk));
        c.put(
                TicketRule.APPOINTMENT_REQUIRED,
                new Scenario(technical(Urgency.NORMAL), assign(ENGINEER, ServiceMode.ON_SITE, null), clerk));
        c.put(
                TicketRule.CONTRACT_DEADLINE_REQUIRED,
                new Scenario(technical(Urgency.NORMAL), assign(ENGINEER, ServiceMode.INSTALLATION, null), clerk));
        c.put(
                TicketRule.MODE_TRANSFER_NOT_ALLOWED,
                new Scenario(
                        engaged(ServiceMode.REPAIR, null),
                        new ChangeServiceModeCommand(TICKET_ID, ServiceMode.REMOTE, null, "try by phone", null),
                        clerk));
        c.put(
                TicketRule.SERVICE_NOT_BY_THE_ASSIGNED_ENGINEER,
                new Scenario(
                        engaged(ServiceMode.ON_SITE, APPOINTMENT),
                        arrival("2024-06-01T01:50:00Z"),
                        asEngineerRole(OTHER_ENGINEER)));
        c.put(
                TicketRule.NOT_ON_SITE,
                new Scenario(engaged(ServiceMode.REMOTE, null), arrival("2024-06-01T01:50:00Z"), engineer));
        c.put(
                TicketRule.ARRIVAL_TIME_REQUIRED,
                new Scenario(
                        engaged(ServiceMode.ON_SITE, APPOINTMENT),
                        new RecordArrivalCommand(TICKET_ID, null, Instant.parse("2024-06-01T01:50:00Z"), null),
                        engineer));
        c.put(
                TicketRule.ARRIVAL_IN_FUTURE,
                new Scenario(
                        engaged(ServiceMode.ON_SITE, APPOINTMENT),
                        new RecordArrivalCommand(
                                TICKET_ID,
                                Instant.parse("2024-06-01T06:00:00Z"),
                                Instant.parse("2024-06-01T01:00:00Z"),
                                null),
                        engineer));
        c.put(TicketRule.NOT_ARRIVED, new Scenario(engaged(ServiceMode.ON_SITE, APPOINTMENT), report(5), engineer));
        c.put(
                TicketRule.NOT_IN_REPAIR,
                new Scenario(engaged(ServiceMode.ON_SITE, APPOINTMENT), receipt("2024-06-01T03:00:00Z"), clerk));
        c.put(
                TicketRule.RECEIPT_TIME_REQUIRED,
                new Scenario(
                        engaged(ServiceMode.REPAIR, null),
                        new RecordUnitReceiptCommand(TICKET_ID, null, Instant.parse("2024-06-01T03:00:00Z"), null),
                        clerk));
        c.put(
                TicketRule.RECEIPT_IN_FUTURE,
                new Scenario(
                        engaged(ServiceMode.REPAIR, null),
                        new RecordUnitReceiptCommand(
                                TICKET_ID,
                                Instant.parse("2024-06-01T09:00:00Z"),
                                Instant.parse("2024-06-01T03:00:00Z"),
                                null),
                        clerk));
        c.put(
                TicketRule.UNIT_ALREADY_RECEIVED,
                new Scenario(
                        engaged(ServiceMode.REPAIR, null, unitReceived("2024-06-01T03:00:00Z")),
                        receipt("2024-06-01T04:00:00Z"),
                        clerk));
        c.put(TicketRule.UNIT_NOT_RECEIVED, new Scenario(engaged(ServiceMode.REPAIR, null), report(5), engineer));
        c.put(
                TicketRule.REPAIR_ORDER_ALREADY_OPEN,
                new Scenario(
                        engaged(
                                ServiceMode.REPAIR,
                                null,
                                unitReceived("2024-06-01T03:00:00Z"),
                                new RepairOrderLinkedEvent(TICKET_ID, REPAIR_ORDER)),
                        new LinkRepairOrderCommand(TICKET_ID, RepairOrderId.random(), UNIT_SERIAL),
                        clerk));
        c.put(
                TicketRule.REPAIR_ORDER_OF_ANOTHER_UNIT,
                new Scenario(
                        engaged(ServiceMode.REPAIR, null, unitReceived("2024-06-01T03:00:00Z")),
                        new LinkRepairOrderCommand(TICKET_ID, REPAIR_ORDER, "SN-OTHER-UNIT"),
                        clerk));
        c.put(
                TicketRule.REPAIR_ORDER_NOT_LINKED,
                new Scenario(
                        engaged(ServiceMode.REPAIR, null, unitReceived("2024-06-01T03:00:00Z")),
                        new RecordRepairOutcomeCommand(
                                TICKET_ID, REPAIR_ORDER, LocalDate.of(2024, 6, 5), "SPINDLE", List.of(), null),
                        clerk));
        c.put(
                TicketRule.REPAIR_ORDER_OPEN,
                new Scenario(
                        engaged(
                                ServiceMode.REPAIR,
                                null,
                                unitReceived("2024-06-01T03:00:00Z"),
                                new RepairOrderLinkedEvent(TICKET_ID, REPAIR_ORDER),
                                reported(),
                                confirmed()),
                        close(),
                        clerk));

        // ---------------------------------------------------------------- T7
        c.put(
                TicketRule.DISPATCH_NOT_BY_THE_ASSIGNED_ENGINEER,
                new Scenario(
                        engaged(ServiceMode.ON_SITE, APPOINTMENT),
                        dispatch("D-1", LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 3)),
                        asEngineerRole(OTHER_ENGINEER)));
        c.put(
                TicketRule.DISPATCH_OF_ANOTHER_ENGINEER,
                new Scenario(
                        engaged(ServiceMode.ON_SITE, APPOINTMENT),
                        new RecordDispatchCommand(
                                TICKET_ID,
                                "D-1",
                                new UserId(OTHER_ENGINEER),
                                LocalDate.of(2024, 6, 3),
                                LocalDate.of(2024, 6, 3),
                                "Suzhou",
                                costs(),
                                null),
                        engineer));
        c.put(
                TicketRule.NOT_A_TRAVELLING_MODE,
                new Scenario(
                        engaged(ServiceMode.REMOTE, null),
                        dispatch("D-1", LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 3)),
                        clerk));
        c.put(
                TicketRule.DUPLICATE_DISPATCH,
                new Scenario(
                        engaged(
                                ServiceMode.ON_SITE,
                                APPOINTMENT,
                                new EngineerDispatchedEvent(
                                        TICKET_ID,
                                        "D-1",
                                        new UserId(ENGINEER),
                                        ServiceMode.ON_SITE,
                                        LocalDate.of(2024, 6, 3),
                                        LocalDate.of(2024, 6, 3),
                                        1,
                                        "Suzhou",
                                        costs())),
                        dispatch("D-1", LocalDate.of(2024, 6, 4), LocalDate.of(2024, 6, 4)),
                        clerk));
        c.put(
                TicketRule.DISPATCH_INCOMPLETE,
                new Scenario(
                        engaged(ServiceMode.ON_SITE, APPOINTMENT),
                        new RecordDispatchCommand(
                                TICKET_ID,
                                "D-1",
                                new UserId(ENGINEER),
                                LocalDate.of(2024, 6, 3),
                                LocalDate.of(2024, 6, 3),
                                null,
                                costs(),
                                null),
                        clerk));
        c.put(
                TicketRule.INVALID_PERIOD,
                new Scenario(
                        engaged(ServiceMode.ON_SITE, APPOINTMENT),
                        dispatch("D-1", LocalDate.of(2024, 6, 5), LocalDate.of(2024, 6, 3)),
                        clerk));

        // ---------------------------------------------------------------- T8
        c.put(
                TicketRule.CASE_ALREADY_OPEN,
                new Scenario(
                        List.of(registered(Urgency.NORMAL), routed(), difficultCaseOpened()),
                        new OpenDifficultCaseCommand(TICKET_ID, new UserId("head-zhou"), "history", null),
                        clerk));
        c.put(
                TicketRule.RESPONSIBLE_REQUIRED,
                new Scenario(
                        technical(Urgency.NORMAL),
                        new OpenDifficultCaseCommand(TICKET_ID, null, "history", null),
                        clerk));
        c.put(
                TicketRule.HISTORY_SUMMARY_REQUIRED,
                new Scenario(
                        technical(Urgency.NORMAL),
                        new OpenDifficultCaseCommand(TICKET_ID, new UserId("head-chen"), "  ", null),
                        clerk));
        c.put(
                TicketRule.NO_CASE_FILE,
                new Scenario(
                        technical(Urgency.NORMAL),
                        new EscalateDifficultCaseCommand(TICKET_ID, "beyond authority", null),
                        clerk));
        c.put(
                TicketRule.NO_SUPERIOR,
                new Scenario(
                        List.of(registered(Urgency.NORMAL), routed(), difficultCaseOpened()),
                        new EscalateDifficultCaseCommand(TICKET_ID, "beyond authority", null),
                        asSupervisorRole()));

        // ---------------------------------------------------------------- T9
        c.put(
                TicketRule.REPORT_NOT_BY_THE_ASSIGNED_ENGINEER,
                new Scenario(
                        engaged(ServiceMode.ON_SITE, APPOINTMENT, arrived()),
                        report(5),
                        asEngineerRole(OTHER_ENGINEER)));
        c.put(
                TicketRule.REPORT_RATING_OUT_OF_RANGE,
                new Scenario(engaged(ServiceMode.REMOTE, null), report(0), engineer));
        c.put(
                TicketRule.SIGNATURE_REQUIRED,
                new Scenario(
                        engaged(ServiceMode.REMOTE, null),
                        new SubmitServiceReportCommand(TICKET_ID, "setting", "reset", List.of(), null, 5, false, null),
                        engineer));
        c.put(
                TicketRule.REPORT_INCOMPLETE,
                new Scenario(
                        engaged(ServiceMode.REMOTE, null),
                        new SubmitServiceReportCommand(TICKET_ID, null, "reset", List.of(), null, 5, true, null),
                        engineer));
        c.put(
                TicketRule.REPORT_MISSING,
                new Scenario(
                        engaged(ServiceMode.REMOTE, null), new ConfirmServiceCommand(TICKET_ID, "phone", null), clerk));
        c.put(
                TicketRule.RESOLUTION_MISSING,
                new Scenario(logistics(handlerAssigned()), new ConfirmServiceCommand(TICKET_ID, "phone", null), clerk));
        c.put(
                TicketRule.ALREADY_CONFIRMED,
                new Scenario(
                        engaged(ServiceMode.REMOTE, null, reported(), confirmed()),
                        new ConfirmServiceCommand(TICKET_ID, "phone", null),
                        clerk));
        c.put(
                TicketRule.CONFIRMATION_MISSING,
                new Scenario(engaged(ServiceMode.REMOTE, null, reported()), close(), clerk));
        c.put(
                TicketRule.DEPARTURE_NOT_ON_SITE,
                new Scenario(engaged(ServiceMode.REMOTE, null), departure("2024-06-01T04:10:00Z"), engineer));
        c.put(
                TicketRule.DEPARTURE_INCOMPLETE,
                new Scenario(
                        engaged(ServiceMode.ON_SITE, APPOINTMENT, arrived()),
                        new ReportDepartureCommand(
                                TICKET_ID,
                                null,
                                Instant.parse("2024-06-01T04:10:00Z"),
                                Instant.parse("2024-06-01T04:11:00Z"),
                                "done",
                                null),
                        engineer));
        c.put(
                TicketRule.DEPARTURE_BEFORE_ARRIVAL,
                new Scenario(engaged(ServiceMode.ON_SITE, APPOINTMENT), departure("2024-06-01T04:10:00Z"), engineer));
        c.put(
                TicketRule.DEPARTURE_IN_FUTURE,
                new Scenario(
                        engaged(ServiceMode.ON_SITE, APPOINTMENT, arrived()),
                        new ReportDepartureCommand(
                                TICKET_ID,
                                new UserId(SUPERVISOR),
                                Instant.parse("2024-06-01T06:00:00Z"),
                                Instant.parse("2024-06-01T03:00:00Z"),
                                "leaving at six",
                                null),
                        engineer));
        c.put(
                TicketRule.DEPARTURE_ALREADY_REPORTED,
                new Scenario(
                        engaged(ServiceMode.ON_SITE, APPOINTMENT, arrived(), departed()),
                        departure("2024-06-01T05:00:00Z"),
                        engineer));
        c.put(
                TicketRule.DEPARTURE_REPORT_MISSING,
                new Scenario(
                        engaged(ServiceMode.ON_SITE, APPOINTMENT, arrived(), reported(), confirmed()), close(), clerk));

        // ---------------------------------------------------------------- T10
        c.put(
                TicketRule.LOANER_NOT_ELIGIBLE,
                new Scenario(engaged(ServiceMode.ON_SITE, APPOINTMENT, arrived()), provideLoaner(), clerk));
        c.put(TicketRule.LOANER_NOT_DUE, new Scenario(urgentOnSite(arrived()), provideLoaner(), clerk));
        c.put(
                TicketRule.LOANER_ALREADY_PROVIDED,
                new Scenario(
                        urgentOnSite(
                                arrived(),
                                loanerBecameDue(),
                                loanerProvided(),
                                new LoanerReturnedEvent(TICKET_ID, "SN-LOAN-0007", "back")),
                        provideLoaner(),
                        clerk));
        c.put(
                TicketRule.LOANER_INCOMPLETE,
                new Scenario(
                        urgentOnSite(arrived(), loanerBecameDue()),
                        new ProvideLoanerCommand(TICKET_ID, null, "KX-200", null),
                        clerk));
        c.put(
                TicketRule.LOANER_CLASS_MISMATCH,
                new Scenario(
                        urgentOnSite(arrived(), loanerBecameDue()),
                        new ProvideLoanerCommand(TICKET_ID, "SN-LOAN-0100", "KX-100", null),
                        clerk));
        c.put(
                TicketRule.LOANER_OUTSTANDING,
                new Scenario(
                        urgentOnSite(
                                arrived(), loanerBecameDue(), loanerProvided(), reported(), departed(), confirmed()),
                        close(),
                        clerk));
        c.put(
                TicketRule.NO_LOANER_OUT,
                new Scenario(urgentOnSite(), new ReturnLoanerCommand(TICKET_ID, "nothing to return", null), clerk));

        // ---------------------------------------------------------------- T11
        c.put(TicketRule.NOT_CLOSED, new Scenario(technical(Urgency.NORMAL), callback(false, null), clerk));
        c.put(
                TicketRule.METHOD_REQUIRED,
                new Scenario(
                        closedTicket(), new RecordCallbackCommand(TICKET_ID, null, "ok", 4, false, null, null), clerk));
        c.put(
                TicketRule.CALLBACK_RATING_OUT_OF_RANGE,
                new Scenario(
                        closedTicket(),
                        new RecordCallbackCommand(TICKET_ID, CallbackMethod.PHONE, "ok", 6, false, null, null),
                        clerk));
        c.put(TicketRule.COMPLAINT_SUMMARY_REQUIRED, new Scenario(closedTicket(), callback(true, " "), clerk));

        // ---------------------------------------------------------------- T12
        c.put(
                TicketRule.NOT_SOFTWARE,
                new Scenario(
                        List.of(registered(Urgency.NORMAL)),
                        new ClassifySoftwareRequestCommand(TICKET_ID, SoftwareRequestClass.BUG, 1, null, null),
                        clerk));
        c.put(
                TicketRule.CLASS_REQUIRED,
                new Scenario(
                        List.of(registeredSoftware()),
                        new ClassifySoftwareRequestCommand(TICKET_ID, null, 1, null, null),
                        clerk));
        c.put(
                TicketRule.PRIORITY_OUT_OF_RANGE,
                new Scenario(
                        List.of(registeredSoftware()),
                        new ClassifySoftwareRequestCommand(TICKET_ID, SoftwareRequestClass.BUG, 0, null, null),
                        clerk));
        c.put(
                TicketRule.EVALUATION_REQUIRED,
                new Scenario(
                        List.of(registeredSoftware()),
                        new ClassifySoftwareRequestCommand(TICKET_ID, SoftwareRequestClass.REQUIREMENT, 3, null, null),
                        clerk));
        return c;
    }

    // ---------------------------------------------------------------- given histories

    private static SlaPausedEvent held() {
        return new SlaPausedEvent(
                TICKET_ID,
                SlaPauseReason.CUSTOMER_UNREACHABLE,
                null,
                AT_18,
                Map.of(SlaClock.RESPONSE, Duration.ofHours(1)));
    }

    private static List<Object> technical(Urgency urgency) {
        return List.of(registered(urgency), routed());
    }

    private static List<Object> engaged(ServiceMode mode, Instant appointmentAt, Object... more) {
        List<Object> events = new ArrayList<>(technical(Urgency.NORMAL));
        events.add(assigned(mode, appointmentAt));
        events.addAll(List.of(more));
        return events;
    }

    private static List<Object> urgentOnSite(Object... more) {
        List<Object> events = new ArrayList<>(technical(Urgency.URGENT));
        events.add(assigned(ServiceMode.ON_SITE, APPOINTMENT));
        events.addAll(List.of(more));
        return events;
    }

    private static List<Object> logistics(Object... more) {
        List<Object> events = new ArrayList<>(List.of(registered(Urgency.NORMAL), routedToLogistics()));
        events.addAll(List.of(more));
        return events;
    }

    private static Map<String, String> asSupervisorRole() {
        return Map.of(ActorMetadata.USER_ID, SUPERVISOR, ActorMetadata.ROLE, "SUPERVISOR");
    }

    private static DispatchCosts costs() {
        return new DispatchCosts(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
