package com.aftersales.command.repair;

import static com.aftersales.command.common.RuleViolations.violationOf;
import static com.aftersales.command.repair.RepairSamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.BusinessRuleViolation;
import com.aftersales.api.common.UserId;
import com.aftersales.api.quality.QualityReviewId;
import com.aftersales.api.repair.ApproveReInspectionCommand;
import com.aftersales.api.repair.ApproveRepairReportCommand;
import com.aftersales.api.repair.CauseFlags;
import com.aftersales.api.repair.ConfirmQuoteCommand;
import com.aftersales.api.repair.CustomerNotifiedEvent;
import com.aftersales.api.repair.DecideExchangeCommand;
import com.aftersales.api.repair.DecideRefundCommand;
import com.aftersales.api.repair.DiagnoseRepairCommand;
import com.aftersales.api.repair.ExchangeCondition;
import com.aftersales.api.repair.ExchangeDecidedEvent;
import com.aftersales.api.repair.FaultType;
import com.aftersales.api.repair.OpenRepairOrderCommand;
import com.aftersales.api.repair.OutsourcedRepairChaseDueEvent;
import com.aftersales.api.repair.Payer;
import com.aftersales.api.repair.QcStage;
import com.aftersales.api.repair.QuoteConfirmedEvent;
import com.aftersales.api.repair.QuoteRepairCommand;
import com.aftersales.api.repair.ReInspectionApprovedEvent;
import com.aftersales.api.repair.ReInspectionRejectedEvent;
import com.aftersales.api.repair.ReInspectionRequestedEvent;
import com.aftersales.api.repair.RecordCustomerNoticeCommand;
import com.aftersales.api.repair.RecordOutsourcedReturnCommand;
import com.aftersales.api.repair.RecordQcInspectionCommand;
import com.aftersales.api.repair.RecordRepairPaymentCommand;
import com.aftersales.api.repair.RecordRepairWorkCommand;
import com.aftersales.api.repair.RecordSamplingInspectionCommand;
import com.aftersales.api.repair.RecordSelfCheckCommand;
import com.aftersales.api.repair.RefundCondition;
import com.aftersales.api.repair.RefundDecidedEvent;
import com.aftersales.api.repair.RepairClock;
import com.aftersales.api.repair.RepairClockBreachedEvent;
import com.aftersales.api.repair.RepairDiagnosedEvent;
import com.aftersales.api.repair.RepairOrderCompletedEvent;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.repair.RepairPaymentRecordedEvent;
import com.aftersales.api.repair.RepairQcFailedEvent;
import com.aftersales.api.repair.RepairQcPassedEvent;
import com.aftersales.api.repair.RepairQuotedEvent;
import com.aftersales.api.repair.RepairReturnShippedEvent;
import com.aftersales.api.repair.RepairSamplingPassedEvent;
import com.aftersales.api.repair.RepairSelfCheckedEvent;
import com.aftersales.api.repair.RepairWorkRecordedEvent;
import com.aftersales.api.repair.RepeatMatch;
import com.aftersales.api.repair.RepeatRepairDetectedEvent;
import com.aftersales.api.repair.RequestReInspectionCommand;
import com.aftersales.api.repair.Responsibility;
import com.aftersales.api.repair.ResponsibilityPath;
import com.aftersales.api.repair.SendToOutsourcedRepairCommand;
import com.aftersales.api.repair.ShipRepairedUnitCommand;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.command.serial.CompletedRepair;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The repair order's rules as stories: literal given events, a command, literal events (R1–R14). */
class RepairOrderTest {
    private final InMemorySerials serials = new InMemorySerials();
    private AggregateTestFixture<RepairOrder> fixture;

    @BeforeEach
    void setUp() {
        serials.serials.put(SERIAL, registered());
        fixture = fixture(serials);
    }

    private static DiagnoseRepairCommand diagnose(Instant at, String category, List<String> parts, CauseFlags causes) {
        return new DiagnoseRepairCommand(ORDER, FaultType.HARDWARE, category, "电源模块电容鼓包，无法开机", parts, causes, at, null);
    }

    private static DiagnoseRepairCommand diagnose() {
        return diagnose(DIAGNOSED, "POWER_SUPPLY", List.of("PSU-3200"), null);
    }

    // ---------------------------------------------------------------- R1 intake

    @Test
    void intakeOpensTheOrderWithTheRegistrysModelAndStartsTheDiagnosisClock_R1() {
        fixture.givenNoPriorActivity()
                .when(open(Urgency.NORMAL, List.of(PHOTO_HASH)))
                .expectResultMessagePayload(ORDER)
                .expectEvents(opened())
                .expectScheduledDeadlineWithName(RECEIVED.plusSeconds(86_400), RepairDeadline.DIAGNOSIS);
    }

    @Test
    void anOrderForATicketIsLinkedToItInTheSameUnitOfWork_R1_T6() {
        RepairSamples.RecordingTicketLinks links = new RepairSamples.RecordingTicketLinks();
        fixture(serials, POLICY, links)
                .givenNoPriorActivity()
                .when(open(Urgency.NORMAL, List.of(PHOTO_HASH)))
                .expectEvents(opened());
        assertThat(links.links).containsExactly(TICKET + " " + ORDER + " " + SERIAL);
    }

    @Test
    void anOrderWithoutATicketLinksNothing_R1() {
        RepairSamples.RecordingTicketLinks links = new RepairSamples.RecordingTicketLinks();
        fixture(serials, POLICY, links)
                .givenNoPriorActivity()
                .when(new OpenRepairOrderCommand(
                        ORDER, null, CUSTOMER, SERIAL, Urgency.NORMAL, RECEIVED, INSPECTION, List.of(), ENGINEER_ID))
                .expectSuccessfulHandlerExecution();
        assertThat(links.links).isEmpty();
    }

    @Test
    void aTicketThatRefusesTheLinkOpensNoOrder_R1_T6() {
        RepairSamples.RecordingTicketLinks links = new RepairSamples.RecordingTicketLinks();
        links.refusal = new BusinessRuleViolation("T6", "UNIT_NOT_RECEIVED", "not in the workshop yet");
        fixture(serials, POLICY, links)
                .givenNoPriorActivity()
                .when(open(Urgency.NORMAL, List.of(PHOTO_HASH)))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void anUrgentUnitIsDiagnosedWithinFourHours_R3() {
        fixture.givenNoPriorActivity()
                .when(open(Urgency.URGENT, List.of(PHOTO_HASH)))
                .expectEvents(opened(Urgency.URGENT))
                .expectScheduledDeadline(
                        RECEIVED.plusSeconds(4 * 3600),
                        new RepairDeadline(RepairClock.DIAGNOSIS, RECEIVED.plusSeconds(4 * 3600)));
    }

    @Test
    void elevenAttachmentsAreRefusedTenAreNot_R1() {
        fixture.givenNoPriorActivity()
                .when(open(Urgency.NORMAL, java.util.Collections.nCopies(11, PHOTO_HASH)))
                .expectException(violationOf(RepairRule.TOO_MANY_ATTACHMENTS));
        fixture(serials)
                .givenNoPriorActivity()
                .when(open(Urgency.NORMAL, java.util.Collections.nCopies(10, PHOTO_HASH)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aSerialNotInTheRegistryIsRefused_R2() {
        serials.serials.clear();
        fixture.givenNoPriorActivity()
                .when(open(Urgency.NORMAL, List.of()))
                .expectException(violationOf(RepairRule.SERIAL_NOT_REGISTERED))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- R3 diagnosis

    @Test
    void diagnosisInWarrantyLetsTheCompanyPayAndStartsTheNoticeAndRepairClocks_R3() {
        fixture.given(opened())
                .when(diagnose(), as(ENGINEER, "ENGINEER"))
                .expectEvents(diagnosed())
                .expectScheduledDeadline(NOTICE_DUE, new RepairDeadline(RepairClock.CUSTOMER_NOTICE, NOTICE_DUE))
                .expectScheduledDeadline(REPAIR_DUE, new RepairDeadline(RepairClock.REPAIR, REPAIR_DUE));
    }

    @Test
    void anUrgentRepairIsDueInThreeWorkingDays_R6() {
        RepairDiagnosedEvent expected = diagnosed();
        fixture.given(opened(Urgency.URGENT))
                .when(diagnose(), as(ENGINEER, "ENGINEER"))
                .expectEvents(new RepairDiagnosedEvent(
                        ORDER,
                        1,
                        ENGINEER_ID,
                        DIAGNOSED,
                        DIAGNOSED_ON,
                        FaultType.HARDWARE,
                        "POWER_SUPPLY",
                        expected.description(),
                        List.of("PSU-3200"),
                        companyPays(),
                        NOTICE_DUE,
                        LocalDate.of(2026, 3, 5),
                        Instant.parse("2026-03-05T16:00:00Z"),
                        0));
    }

    @Test
    void outOfWarrantyTheCustomerPaysAndNoRepairClockRuns_R3() {
        serials.serials.put(SERIAL, outOfWarranty());
        fixture.given(opened())
                .when(diagnose(), as(ENGINEER, "ENGINEER"))
                .expectEvents(diagnosed(customerPays(), List.of("PSU-3200")))
                .expectScheduledDeadline(NOTICE_DUE, new RepairDeadline(RepairClock.CUSTOMER_NOTICE, NOTICE_DUE))
                .expectNoScheduledDeadlineWithName(REPAIR_DUE, RepairDeadline.REPAIR);
    }

    @Test
    void aSupplierPartIsTheSuppliersAndKeepsTheRepairClockInWarranty_R3() {
        CauseFlags supplier = new CauseFlags(false, false, false, false, true, false, "深圳华电电源");
        Responsibility decided = new Responsibility(
                inWarrantyFacts(DIAGNOSED_ON),
                FaultType.HARDWARE,
                supplier,
                3,
                ResponsibilityPath.SUPPLIER,
                Payer.SUPPLIER);
        fixture.given(opened())
                .when(diagnose(DIAGNOSED, "POWER_SUPPLY", List.of("PSU-3200"), supplier), as(ENGINEER, "ENGINEER"))
                .expectEvents(diagnosed(decided, List.of("PSU-3200")));
    }

    @Test
    void aCustomerCausedFaultInWarrantyIsPaidByTheCustomerWithoutRepairClock_R3() {
        CauseFlags liquid = new CauseFlags(false, true, false, false, false, false, null);
        Responsibility decided = new Responsibility(
                inWarrantyFacts(DIAGNOSED_ON),
                FaultType.HARDWARE,
                liquid,
                3,
                ResponsibilityPath.IN_WARRANTY_CUSTOMER_CAUSED,
                Payer.CUSTOMER);
        fixture.given(opened())
                .when(diagnose(DIAGNOSED, "POWER_SUPPLY", null, liquid), as(ENGINEER, "ENGINEER"))
                .expectEvents(diagnosed(decided, List.of()));
    }

    @Test
    void aDiagnosisIsDueWithin24HoursOrABreachIsRecorded_R3() {
        fixture.givenCurrentTime(RECEIVED)
                .andGivenCommands(open(Urgency.NORMAL, List.of()))
                .whenTimeElapses(Duration.ofHours(24))
                .expectEvents(new RepairClockBreachedEvent(ORDER, RepairClock.DIAGNOSIS, RECEIVED.plusSeconds(86_400)));
    }

    @Test
    void aDiagnosisInTimeOrExactlyOnTimeRecordsNoBreach_R3() {
        Instant due = RECEIVED.plusSeconds(86_400);
        fixture.givenCurrentTime(RECEIVED)
                .andGivenCommands(open(Urgency.NORMAL, List.of()), engineer(diagnose(due, "POWER_SUPPLY", null, null)))
                .whenTimeElapses(Duration.ofHours(25))
                .expectNoEvents();
        fixture(serials)
                .givenCurrentTime(RECEIVED)
                .andGivenCommands(
                        open(Urgency.NORMAL, List.of()),
                        engineer(diagnose(due.plusSeconds(1), "POWER_SUPPLY", null, null)))
                .whenTimeElapses(Duration.ofHours(25))
                .expectEvents(new RepairClockBreachedEvent(ORDER, RepairClock.DIAGNOSIS, due));
    }

    @Test
    void anOrderClosedBeforeItsDiagnosisWasDueRecordsNoBreach_R3() {
        serials.serials.put(
                SERIAL,
                new com.aftersales.command.serial.RegisteredSerial(
                        SERIAL, MODEL, null, null, LocalDate.of(2026, 2, 28), 1, List.of()));
        fixture.givenCurrentTime(RECEIVED)
                .andGivenCommands(
                        open(Urgency.NORMAL, List.of()),
                        new DecideExchangeCommand(
                                ORDER, ExchangeCondition.UNUSED_WITHIN_DAYS, null, "未使用", true, null, RECEIVED, null))
                .whenTimeElapses(Duration.ofHours(25))
                .expectNoEvents();
    }

    private static CommandMessage<Object> engineer(Object command) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(as(ENGINEER, "ENGINEER"));
    }

    private static CommandMessage<Object> by(String user, String role, Object command) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(as(user, role));
    }

    private static RecordCustomerNoticeCommand notice(Instant at) {
        return new RecordCustomerNoticeCommand(ORDER, at, "电话", "更换电源模块", BigDecimal.ZERO, REPAIR_DUE_ON, null);
    }

    @Test
    void theCustomerIsToldCauseRulePlanCostAndTime_R3() {
        fixture.given(opened(), diagnosed())
                .when(new RecordCustomerNoticeCommand(
                        ORDER, DIAGNOSED.plusSeconds(3600), "电话", "更换电源模块", BigDecimal.ZERO, REPAIR_DUE_ON, null))
                .expectEvents(new CustomerNotifiedEvent(
                        ORDER,
                        DIAGNOSED.plusSeconds(3600),
                        "电话",
                        "电源模块电容鼓包，无法开机",
                        ResponsibilityPath.IN_WARRANTY_COMPANY,
                        "更换电源模块",
                        BigDecimal.ZERO,
                        REPAIR_DUE_ON));
    }

    @Test
    void aNoticeNotSentWithinOneWorkingDayIsABreach_R3() {
        fixture.givenCurrentTime(RECEIVED)
                .andGivenCommands(open(Urgency.NORMAL, List.of()), engineer(diagnose()))
                .whenThenTimeAdvancesTo(NOTICE_DUE)
                .expectEvents(new RepairClockBreachedEvent(ORDER, RepairClock.CUSTOMER_NOTICE, NOTICE_DUE));
    }

    @Test
    void aNoticeSentInTimeStopsItsClock_R3() {
        fixture.givenCurrentTime(RECEIVED)
                .andGivenCommands(open(Urgency.NORMAL, List.of()), engineer(diagnose()), notice(NOTICE_DUE))
                .whenThenTimeAdvancesTo(NOTICE_DUE)
                .expectNoEvents();
    }

    @Test
    void aBreachIsRecordedOnceAndNotWhenTheDueTimeMoved_R3() {
        fixture.givenCurrentTime(RECEIVED)
                .andGivenCommands(open(Urgency.NORMAL, List.of()), engineer(diagnose()))
                .andGiven(new RepairClockBreachedEvent(ORDER, RepairClock.CUSTOMER_NOTICE, NOTICE_DUE))
                .whenThenTimeAdvancesTo(NOTICE_DUE)
                .expectNoEvents();
        // re-diagnosed on Wednesday: the notice is due Thursday; the first deadline finds its time moved
        Instant wednesday = Instant.parse("2026-03-04T02:00:00Z");
        fixture(serials)
                .givenCurrentTime(RECEIVED)
                .andGivenCommands(
                        open(Urgency.NORMAL, List.of()),
                        engineer(diagnose()),
                        new RequestReInspectionCommand(ORDER, "不认可", null),
                        by(SUPERVISOR, "SUPERVISOR", new ApproveReInspectionCommand(ORDER, null, null, null)),
                        engineer(diagnose(wednesday, "POWER_SUPPLY", List.of("PSU-3200"), null)))
                .whenThenTimeAdvancesTo(NOTICE_DUE)
                .expectNoEvents();
    }

    @Test
    void aRepairNotBackInSevenWorkingDaysIsABreachUnlessReturnedInTime_R6() {
        fixture.givenCurrentTime(RECEIVED)
                .andGivenCommands(open(Urgency.NORMAL, List.of()), engineer(diagnose()), notice(DIAGNOSED))
                .whenThenTimeAdvancesTo(REPAIR_DUE)
                .expectEvents(new RepairClockBreachedEvent(ORDER, RepairClock.REPAIR, REPAIR_DUE));
        fixture(serials)
                .givenCurrentTime(RECEIVED)
                .andGivenCommands(
                        open(Urgency.NORMAL, List.of()),
                        engineer(diagnose()),
                        notice(DIAGNOSED),
                        engineer(new RecordRepairWorkCommand(ORDER, List.of("PSU-3200"), "更换电源模块", null)),
                        engineer(new RecordSelfCheckCommand(ORDER, "通电正常", null)),
                        by(INSPECTOR, "QUALITY", new RecordQcInspectionCommand(ORDER, true, "合格", null)),
                        by(SUPERVISOR, "SUPERVISOR", new ApproveRepairReportCommand(ORDER, null, null)),
                        new ShipRepairedUnitCommand(ORDER, "顺丰", "SF1", REPAIR_DUE, null))
                .whenThenTimeAdvancesTo(REPAIR_DUE)
                .expectNoEvents();
    }

    private static RepairOrderCompletedEvent completed(Instant at) {
        LocalDate on = at.atZone(SHANGHAI).toLocalDate();
        return new RepairOrderCompletedEvent(
                ORDER,
                SERIAL,
                MODEL,
                ENGINEER_ID,
                at,
                on,
                FaultType.HARDWARE,
                "POWER_SUPPLY",
                List.of("PSU-3200"),
                on.plusMonths(3),
                3);
    }

    // ---------------------------------------------------------------- R12 repeat repairs

    private static final RepairOrderId EARLIER = new RepairOrderId("1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9");
    private static final UserId EARLIER_ENGINEER = new UserId("U-ENG-07");

    private static CompletedRepair earlier(LocalDate completedOn, String category, List<String> parts) {
        return new CompletedRepair(
                EARLIER, EARLIER_ENGINEER, completedOn, FaultType.HARDWARE, category, parts, completedOn.plusMonths(3));
    }

    private RepeatRepairDetectedEvent repeat(
            LocalDate earlierOn, LocalDate diagnosedOn, int days, RepeatMatch match, List<String> parts) {
        return new RepeatRepairDetectedEvent(
                ORDER,
                EARLIER,
                SERIAL,
                match,
                "POWER_SUPPLY",
                parts,
                earlierOn,
                diagnosedOn,
                days,
                90,
                3,
                EARLIER_ENGINEER,
                ENGINEER_ID,
                QualityReviewId.ofRepeat(EARLIER, ORDER));
    }

    @ParameterizedTest(name = "completed {0}, diagnosed {1} ({2} days): repeat {3}")
    @CsvSource({
        // day 90 is a repeat, day 91 is not; the diagnosis date is Shanghai's: 17:00Z on 03-31 is 04-01
        "2026-01-01, 2026-03-31T15:59:59Z, 89, true",
        "2026-01-01, 2026-03-31T16:00:00Z, 90, true",
        "2026-01-01, 2026-04-01T15:59:59Z, 90, true",
        "2026-01-02, 2026-03-31T17:00:00Z, 89, true",
        "2026-01-01, 2026-03-31T17:00:00Z, 90, true",
        "2025-12-31, 2026-03-31T17:00:00Z, 91, false",
        "2026-01-01, 2026-04-01T16:00:00Z, 91, false",
        "2026-03-31, 2026-03-31T16:00:00Z, 1, true",
        "2026-04-01, 2026-03-31T16:00:00Z, 0, true",
        "2026-04-02, 2026-03-31T16:00:00Z, -1, false"
    })
    void aRepeatIsDetectedWithinNinetyCompanyZoneDays_R12(
            LocalDate completedOn, Instant diagnosedAt, int days, boolean repeat) {
        serials.serials.put(SERIAL, registered(earlier(completedOn, "POWER_SUPPLY", List.of("FAN-01"))));
        LocalDate diagnosedOn = diagnosedAt.atZone(SHANGHAI).toLocalDate();
        var result = fixture.given(opened())
                .when(diagnose(diagnosedAt, "POWER_SUPPLY", List.of("PSU-3200"), null), as(ENGINEER, "ENGINEER"));
        if (repeat) {
            result.expectEvents(
                    diagnosedOnDay(diagnosedAt, diagnosedOn),
                    repeat(completedOn, diagnosedOn, days, RepeatMatch.FAULT_CATEGORY, List.of()));
        } else {
            result.expectEvents(diagnosedOnDay(diagnosedAt, diagnosedOn));
        }
    }

    private RepairDiagnosedEvent diagnosedOnDay(Instant at, LocalDate on) {
        var calendar = CALENDARS.current(null);
        LocalDate noticeOn = calendar.addWorkingDays(on, 1);
        Responsibility decided = new Responsibility(
                inWarrantyFacts(on),
                FaultType.HARDWARE,
                CauseFlags.NONE,
                3,
                ResponsibilityPath.IN_WARRANTY_COMPANY,
                Payer.COMPANY);
        return new RepairDiagnosedEvent(
                ORDER,
                1,
                ENGINEER_ID,
                at,
                on,
                FaultType.HARDWARE,
                "POWER_SUPPLY",
                "电源模块电容鼓包，无法开机",
                List.of("PSU-3200"),
                decided,
                noticeOn.plusDays(1).atStartOfDay(SHANGHAI).toInstant(),
                REPAIR_DUE_ON,
                REPAIR_DUE,
                0);
    }

    @Test
    void aSamePartAloneIsARepeat_R12() {
        LocalDate on = LocalDate.of(2026, 2, 1);
        serials.serials.put(SERIAL, registered(earlier(on, "DISPLAY", List.of("PSU-3200", "FAN-01"))));
        fixture.given(opened())
                .when(
                        diagnose(DIAGNOSED, "POWER_SUPPLY", List.of("PSU-3200", "PSU-3200", "CAP-9"), null),
                        as(ENGINEER, "ENGINEER"))
                .expectEvents(
                        diagnosedWithParts(List.of("PSU-3200", "PSU-3200", "CAP-9")),
                        repeat(on, DIAGNOSED_ON, 29, RepeatMatch.REPLACED_PART, List.of("PSU-3200")));
    }

    @Test
    void theSameCategoryAndPartIsARepeatOfBoth_R12() {
        LocalDate on = LocalDate.of(2026, 2, 1);
        serials.serials.put(SERIAL, registered(earlier(on, "POWER_SUPPLY", List.of("PSU-3200"))));
        fixture.given(opened())
                .when(diagnose(), as(ENGINEER, "ENGINEER"))
                .expectEvents(
                        diagnosed(),
                        repeat(on, DIAGNOSED_ON, 29, RepeatMatch.FAULT_CATEGORY_AND_PART, List.of("PSU-3200")));
    }

    @Test
    void anotherCategoryWithOtherPartsIsNoRepeatNorIsTheOrderItself_R12() {
        LocalDate on = LocalDate.of(2026, 2, 1);
        serials.serials.put(
                SERIAL,
                registered(
                        earlier(on, "DISPLAY", List.of("LCD-01")),
                        new CompletedRepair(
                                ORDER,
                                ENGINEER_ID,
                                on,
                                FaultType.HARDWARE,
                                "POWER_SUPPLY",
                                List.of("PSU-3200"),
                                null)));
        fixture.given(opened()).when(diagnose(), as(ENGINEER, "ENGINEER")).expectEvents(diagnosed());
    }

    @Test
    void aReDiagnosisLinksAnEarlierRepairOnlyOnce_R12() {
        LocalDate on = LocalDate.of(2026, 2, 1);
        serials.serials.put(SERIAL, registered(earlier(on, "POWER_SUPPLY", List.of("PSU-3200"))));
        RepairDiagnosedEvent second = diagnosed();
        fixture.given(
                        opened(),
                        diagnosed(),
                        repeat(on, DIAGNOSED_ON, 29, RepeatMatch.FAULT_CATEGORY_AND_PART, List.of("PSU-3200")),
                        new ReInspectionRequestedEvent(ORDER, 1, "客户认为是软件问题"),
                        new ReInspectionApprovedEvent(ORDER, new UserId(SUPERVISOR), ENGINEER_ID, null))
                .when(diagnose(), as(ENGINEER, "ENGINEER"))
                .expectEvents(new RepairDiagnosedEvent(
                        ORDER,
                        2,
                        ENGINEER_ID,
                        DIAGNOSED,
                        DIAGNOSED_ON,
                        second.faultType(),
                        second.faultCategory(),
                        second.description(),
                        second.partsToReplace(),
                        companyPays(),
                        NOTICE_DUE,
                        null,
                        null,
                        0));
    }

    private static RepairDiagnosedEvent diagnosedWithParts(List<String> parts) {
        RepairDiagnosedEvent d = diagnosed();
        return new RepairDiagnosedEvent(
                ORDER,
                1,
                ENGINEER_ID,
                DIAGNOSED,
                DIAGNOSED_ON,
                d.faultType(),
                d.faultCategory(),
                d.description(),
                parts,
                d.responsibility(),
                NOTICE_DUE,
                REPAIR_DUE_ON,
                REPAIR_DUE,
                0);
    }

    // ---------------------------------------------------------------- R4 re-inspection

    @Test
    void aSupervisorApprovesOneReInspectionAndTheUnitIsDiagnosedAgain_R4() {
        fixture.given(opened(), diagnosed())
                .when(new RequestReInspectionCommand(ORDER, "客户认为是软件问题", null))
                .expectEvents(new ReInspectionRequestedEvent(ORDER, 1, "客户认为是软件问题"));
        fixture.given(opened(), diagnosed(), new ReInspectionRequestedEvent(ORDER, 1, "?"))
                .when(
                        new ApproveReInspectionCommand(ORDER, new UserId(OTHER_ENGINEER), "换人复检", null),
                        as(SUPERVISOR, "SUPERVISOR"))
                .expectEvents(new ReInspectionApprovedEvent(
                        ORDER, new UserId(SUPERVISOR), new UserId(OTHER_ENGINEER), "换人复检"));
    }

    @Test
    void aSecondReInspectionIsRefused_R4() {
        fixture.given(
                        opened(),
                        diagnosed(),
                        new ReInspectionRequestedEvent(ORDER, 1, "?"),
                        new ReInspectionRejectedEvent(ORDER, new UserId(SUPERVISOR), "诊断无误"))
                .when(new RequestReInspectionCommand(ORDER, "再次复检", null))
                .expectException(violationOf(RepairRule.RE_INSPECTION_LIMIT_REACHED))
                .expectNoEvents();
        fixture(serials, new RepairPolicy(3, 24, 3, 2, 7, 3, 90, 24, 4, 1, 3, 10, 10, 7, 15, 10, 24))
                .given(
                        opened(),
                        diagnosed(),
                        new ReInspectionRequestedEvent(ORDER, 1, "?"),
                        new ReInspectionRejectedEvent(ORDER, new UserId(SUPERVISOR), "诊断无误"))
                .when(new RequestReInspectionCommand(ORDER, "再次复检", null))
                .expectEvents(new ReInspectionRequestedEvent(ORDER, 2, "再次复检"));
    }

    @Test
    void aRejectedReInspectionLeavesTheOrderWhereItWas_R4() {
        fixture.given(
                        opened(),
                        diagnosed(),
                        new ReInspectionRequestedEvent(ORDER, 1, "?"),
                        new ReInspectionRejectedEvent(ORDER, new UserId(SUPERVISOR), "诊断无误"))
                .when(new RecordRepairWorkCommand(ORDER, List.of(), "更换电源模块", null), as(ENGINEER, "ENGINEER"))
                .expectEvents(new RepairWorkRecordedEvent(ORDER, 1, ENGINEER_ID, List.of(), "更换电源模块"));
    }

    @Test
    void anApprovedReInspectionWithoutANewEngineerKeepsTheAssignedOne_R4() {
        fixture.given(opened(), diagnosed(), new ReInspectionRequestedEvent(ORDER, 1, "?"))
                .when(new ApproveReInspectionCommand(ORDER, null, null, null), as(SUPERVISOR, "SUPERVISOR"))
                .expectEvents(new ReInspectionApprovedEvent(ORDER, new UserId(SUPERVISOR), ENGINEER_ID, null));
        fixture.given(
                        opened(),
                        diagnosed(),
                        new ReInspectionRequestedEvent(ORDER, 1, "?"),
                        new ReInspectionApprovedEvent(ORDER, new UserId(SUPERVISOR), new UserId(OTHER_ENGINEER), null))
                .when(diagnose(), as(ENGINEER, "ENGINEER"))
                .expectException(violationOf(RepairRule.DIAGNOSIS_NOT_BY_THE_ASSIGNED_ENGINEER));
    }

    // ---------------------------------------------------------------- R5 paid repair

    @Test
    void aPaidRepairIsQuotedConfirmedAndPaidBeforeWork_R5() {
        List<Object> diagnosedPaid = List.of(opened(), diagnosed(customerPays(), List.of("PSU-3200")));
        fixture.given(diagnosedPaid)
                .when(new QuoteRepairCommand(
                        ORDER,
                        QUOTE.parts(),
                        new BigDecimal("1.5"),
                        QUOTE.engineerLevel(),
                        QUOTE.difficulty(),
                        new BigDecimal("30"),
                        null))
                .expectEvents(new RepairQuotedEvent(ORDER, QUOTE, 3));
        fixture.given(with(diagnosedPaid, new RepairQuotedEvent(ORDER, QUOTE, 3)))
                .when(new ConfirmQuoteCommand(ORDER, RECEIVED.plusSeconds(7200), "电话", null))
                .expectEvents(new QuoteConfirmedEvent(ORDER, QUOTE.total(), RECEIVED.plusSeconds(7200), "电话"));
        fixture.given(with(
                        diagnosedPaid,
                        new RepairQuotedEvent(ORDER, QUOTE, 3),
                        new QuoteConfirmedEvent(ORDER, QUOTE.total(), RECEIVED, "电话")))
                .when(new RecordRepairPaymentCommand(ORDER, new BigDecimal("430.0"), "POS-0042", RECEIVED, null))
                .expectEvents(new RepairPaymentRecordedEvent(ORDER, QUOTE.total(), "POS-0042", RECEIVED));
        fixture.given(paidAndReady())
                .when(new RecordRepairWorkCommand(ORDER, List.of("PSU-3200"), "更换电源模块", null), as(ENGINEER, "ENGINEER"))
                .expectEvents(worked(1));
    }

    @Test
    void workBeforePaymentIsRefused_R5() {
        fixture.given(with(
                        List.of(opened(), diagnosed(customerPays(), List.of())),
                        new RepairQuotedEvent(ORDER, QUOTE, 3),
                        new QuoteConfirmedEvent(ORDER, QUOTE.total(), RECEIVED, "电话")))
                .when(new RecordRepairWorkCommand(ORDER, List.of(), "更换电源模块", null), as(ENGINEER, "ENGINEER"))
                .expectException(violationOf(RepairRule.PAYMENT_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void aPaymentOtherThanTheConfirmedTotalIsRefused_R5() {
        fixture.given(with(
                        List.of(opened(), diagnosed(customerPays(), List.of())),
                        new RepairQuotedEvent(ORDER, QUOTE, 3),
                        new QuoteConfirmedEvent(ORDER, QUOTE.total(), RECEIVED, "电话")))
                .when(new RecordRepairPaymentCommand(ORDER, new BigDecimal("439.99"), "POS-0042", RECEIVED, null))
                .expectException(violationOf(RepairRule.PAYMENT_MISMATCH));
    }

    // ---------------------------------------------------------------- R7 outsourced repair

    @Test
    void aUnitIsSentToAStationAndChasedEveryThreeWorkingDaysUntilItReturns_R7() {
        Instant sentAt = RECEIVED.plusSeconds(86_400);
        fixture.given(readyForRepair())
                .when(new SendToOutsourcedRepairCommand(
                        ORDER, "苏州华硕授权维修站", "0512-6688 0000", "QJ-2026-0318", "原厂主板需专用设备维修", sentAt, null))
                .expectEvents(sent(1, "苏州华硕授权维修站"))
                .expectScheduledDeadline(
                        Instant.parse("2026-03-05T16:00:00Z"), new ChaseDeadline(1, 1, LocalDate.of(2026, 3, 6)));
    }

    private static SendToOutsourcedRepairCommand send(String station) {
        return new SendToOutsourcedRepairCommand(
                ORDER, station, "0512-6688 0000", "QJ-2026-0318", "原厂主板需专用设备维修", RECEIVED.plusSeconds(86_400), null);
    }

    @Test
    void aChaseIsDueWhileTheUnitIsOutAndTheNextOneIsScheduled_R7() {
        fixture.givenCurrentTime(RECEIVED)
                .andGivenCommands(open(Urgency.NORMAL, List.of()), engineer(diagnose()), notice(DIAGNOSED), send("A 站"))
                .whenThenTimeAdvancesTo(Instant.parse("2026-03-05T16:00:00Z"))
                .expectEvents(new OutsourcedRepairChaseDueEvent(ORDER, 1, 1, LocalDate.of(2026, 3, 6)))
                .expectScheduledDeadline(
                        Instant.parse("2026-03-10T16:00:00Z"), new ChaseDeadline(1, 2, LocalDate.of(2026, 3, 11)));
    }

    @Test
    void noChaseAfterTheReturnOrForAnEarlierHandOver_R7() {
        RecordOutsourcedReturnCommand back = new RecordOutsourcedReturnCommand(ORDER, false, "无法维修", RECEIVED, null);
        fixture.givenCurrentTime(RECEIVED)
                .andGivenCommands(
                        open(Urgency.NORMAL, List.of()), engineer(diagnose()), notice(DIAGNOSED), send("A 站"), back)
                .whenThenTimeAdvancesTo(Instant.parse("2026-03-05T16:00:00Z"))
                .expectNoEvents();
        fixture(serials)
                .givenCurrentTime(RECEIVED)
                .andGivenCommands(
                        open(Urgency.NORMAL, List.of()),
                        engineer(diagnose()),
                        notice(DIAGNOSED),
                        send("A 站"),
                        back,
                        send("B 站"))
                .whenThenTimeAdvancesTo(Instant.parse("2026-03-05T16:00:00Z"))
                .expectEvents(new OutsourcedRepairChaseDueEvent(ORDER, 2, 1, LocalDate.of(2026, 3, 6)));
    }

    @Test
    void aStationThatCouldNotRepairIsNotChosenAgain_R7() {
        fixture.given(with(readyForRepair(), sent(1, "A 站"), returned(1, false)))
                .when(new SendToOutsourcedRepairCommand(ORDER, "A 站", "?", "QJ-2", "?", RECEIVED, null))
                .expectException(violationOf(RepairRule.SAME_STATION_AGAIN));
        fixture.given(with(readyForRepair(), sent(1, "A 站"), returned(1, true)))
                .when(new SendToOutsourcedRepairCommand(ORDER, "A 站", "?", "QJ-2", "?", RECEIVED, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theReturnFromTheStationIsRecordedForTheCurrentHandOver_R7() {
        Instant at = RECEIVED.plusSeconds(5 * 86_400);
        fixture.given(with(readyForRepair(), sent(1, "A 站"), returned(1, false), sent(2, "B 站")))
                .when(new RecordOutsourcedReturnCommand(ORDER, true, "更换主板", at, null))
                .expectEvents(returned(2, true));
    }

    // ---------------------------------------------------------------- R8 quality gate, R14 sampling

    @Test
    void workSelfCheckAndQcPassLeadToTheReport_R8() {
        fixture.given(with(readyForRepair(), worked(1)))
                .when(new RecordSelfCheckCommand(ORDER, "通电 2 小时正常", null), as(ENGINEER, "ENGINEER"))
                .expectEvents(new RepairSelfCheckedEvent(ORDER, 1, ENGINEER_ID, "通电 2 小时正常"));
        fixture.given(awaitingQc())
                .when(new RecordQcInspectionCommand(ORDER, true, "外观、功能检测合格", null), as(INSPECTOR, "QUALITY"))
                .expectEvents(qcPassed(false));
        fixture.given(awaitingReportApproval())
                .when(new ApproveRepairReportCommand(ORDER, null, null), as(SUPERVISOR, "SUPERVISOR"))
                .expectEvents(reportApproved());
    }

    @Test
    void aFailedQcSendsItBackForReworkAndCountsAgainstTheEngineer_R8() {
        fixture.given(awaitingQc())
                .when(new RecordQcInspectionCommand(ORDER, false, "风扇异响", null), as(INSPECTOR, "QUALITY"))
                .expectEvents(
                        new RepairQcFailedEvent(ORDER, 1, QcStage.QC, new UserId(INSPECTOR), ENGINEER_ID, "风扇异响"));
        fixture.given(with(
                        awaitingQc(),
                        new RepairQcFailedEvent(ORDER, 1, QcStage.QC, new UserId(INSPECTOR), ENGINEER_ID, "风扇异响")))
                .when(new RecordRepairWorkCommand(ORDER, List.of("PSU-3200"), "更换电源模块", null), as(ENGINEER, "ENGINEER"))
                .expectEvents(worked(2));
    }

    @ParameterizedTest(name = "bucket 77, rate {0}%: sampled {1}")
    @CsvSource({"77, false", "78, true"})
    void samplingIsDecidedByTheOrdersHashAndRecordedWithTheRate_R14(int percent, boolean sampled) {
        fixture(serials, new RepairPolicy(3, 24, 3, 1, 7, 3, 90, 24, 4, 1, 3, percent, 10, 7, 15, 10, 24))
                .given(awaitingQc())
                .when(new RecordQcInspectionCommand(ORDER, true, "合格", null), as(INSPECTOR, "QUALITY"))
                .expectEvents(new RepairQcPassedEvent(
                        ORDER, 1, new UserId(INSPECTOR), ENGINEER_ID, "合格", 77, percent, sampled, 3));
    }

    @Test
    void aSampledRepairNeedsItsSamplingInspectionAndAFailureIsAQcFailure_R14() {
        List<Object> sampled = with(awaitingQc(), qcPassed(true));
        fixture.given(sampled)
                .when(new ApproveRepairReportCommand(ORDER, null, null), as(SUPERVISOR, "SUPERVISOR"))
                .expectException(violationOf(RepairRule.NOT_AWAITING_REPORT_APPROVAL));
        fixture.given(sampled)
                .when(new RecordSamplingInspectionCommand(ORDER, false, "螺丝缺失", null), as(INSPECTOR, "QUALITY"))
                .expectEvents(new RepairQcFailedEvent(
                        ORDER, 1, QcStage.SAMPLING, new UserId(INSPECTOR), ENGINEER_ID, "螺丝缺失"));
        fixture.given(sampled)
                .when(new RecordSamplingInspectionCommand(ORDER, true, "合格", null), as(INSPECTOR, "QUALITY"))
                .expectEvents(new RepairSamplingPassedEvent(ORDER, 1, new UserId(INSPECTOR), ENGINEER_ID, "合格"));
        fixture.given(with(sampled, new RepairSamplingPassedEvent(ORDER, 1, new UserId(INSPECTOR), ENGINEER_ID, "合格")))
                .when(new ApproveRepairReportCommand(ORDER, "同意", null), as(SUPERVISOR, "SUPERVISOR"))
                .expectSuccessfulHandlerExecution();
        fixture.given(with(
                        sampled,
                        new RepairQcFailedEvent(
                                ORDER, 1, QcStage.SAMPLING, new UserId(INSPECTOR), ENGINEER_ID, "螺丝缺失")))
                .when(new RecordRepairWorkCommand(ORDER, null, "补装螺丝", null), as(ENGINEER, "ENGINEER"))
                .expectEvents(new RepairWorkRecordedEvent(ORDER, 2, ENGINEER_ID, List.of(), "补装螺丝"));
    }

    @Test
    void theApprovedReportGoesBackWithTheUnitAndCompletesTheOrder_R8() {
        Instant shipped = Instant.parse("2026-03-09T16:30:00Z");
        LocalDate completedOn = LocalDate.of(2026, 3, 10);
        fixture.given(awaitingReturn())
                .when(new ShipRepairedUnitCommand(ORDER, "顺丰", "SF1402388715", shipped, null))
                .expectEvents(
                        new RepairReturnShippedEvent(ORDER, "顺丰", "SF1402388715", true, shipped),
                        new RepairOrderCompletedEvent(
                                ORDER,
                                SERIAL,
                                MODEL,
                                ENGINEER_ID,
                                shipped,
                                completedOn,
                                FaultType.HARDWARE,
                                "POWER_SUPPLY",
                                List.of("PSU-3200"),
                                LocalDate.of(2026, 6, 10),
                                3));
        fixture.given(with(awaitingReturn(), completed(shipped)))
                .when(new ShipRepairedUnitCommand(ORDER, "顺丰", "SF1", shipped, null))
                .expectException(violationOf(RepairRule.ORDER_CLOSED));
    }

    @Test
    void outOfWarrantyTheCustomerPaysTheReturnShipping_R8() {
        Instant shipped = Instant.parse("2026-03-09T06:30:00Z");
        fixture.given(with(
                        paidAndReady(),
                        worked(1),
                        new RepairSelfCheckedEvent(ORDER, 1, ENGINEER_ID, "ok"),
                        qcPassed(false),
                        reportApproved()))
                .when(new ShipRepairedUnitCommand(ORDER, "顺丰", "SF1", shipped, null))
                .expectEvents(
                        new RepairReturnShippedEvent(ORDER, "顺丰", "SF1", false, shipped),
                        new RepairOrderCompletedEvent(
                                ORDER,
                                SERIAL,
                                MODEL,
                                ENGINEER_ID,
                                shipped,
                                LocalDate.of(2026, 3, 9),
                                FaultType.HARDWARE,
                                "POWER_SUPPLY",
                                List.of("PSU-3200"),
                                LocalDate.of(2026, 6, 9),
                                3));
    }

    // ---------------------------------------------------------------- R9 exchange, R10 refund

    private static final RepairOrderId FIRST = new RepairOrderId("2c3d4e5f-6071-4829-93a4-b5c6d7e8f901");
    private static final RepairOrderId SECOND = new RepairOrderId("3d4e5f60-7182-4930-a4b5-c6d7e8f90123");

    private static CompletedRepair replaced(RepairOrderId id, String part) {
        LocalDate on = LocalDate.of(2025, 9, 1);
        return new CompletedRepair(
                id, ENGINEER_ID, on, FaultType.HARDWARE, "POWER_SUPPLY", List.of(part), on.plusMonths(3));
    }

    @Test
    void anExchangeIsAllowedAfterTwoFailedRepairsOfTheSameCorePart_R9() {
        Instant at = Instant.parse("2026-03-03T02:00:00Z");
        serials.serials.put(
                SERIAL,
                registered(
                        replaced(FIRST, "PSU-3200"),
                        replaced(new RepairOrderId(EARLIER.value()), "LCD-01"),
                        replaced(SECOND, "PSU-3200"),
                        replaced(ORDER, "PSU-3200")));
        fixture.given(opened(), diagnosed())
                .when(new DecideExchangeCommand(
                        ORDER, ExchangeCondition.SAME_CORE_PART_FAILED_TWICE, "PSU-3200", null, false, null, at, null))
                .expectEvents(new ExchangeDecidedEvent(
                        ORDER,
                        ExchangeCondition.SAME_CORE_PART_FAILED_TWICE,
                        "PSU-3200",
                        List.of(FIRST, SECOND),
                        null,
                        true,
                        null,
                        null,
                        null,
                        null,
                        LocalDate.of(2026, 3, 3),
                        3));
    }

    @Test
    void oneFailedRepairOrAnotherPartIsNoGroundForAnExchange_R9() {
        Instant at = Instant.parse("2026-03-03T02:00:00Z");
        serials.serials.put(SERIAL, registered(replaced(FIRST, "PSU-3200"), replaced(ORDER, "PSU-3200")));
        fixture.given(opened(), diagnosed())
                .when(new DecideExchangeCommand(
                        ORDER, ExchangeCondition.SAME_CORE_PART_FAILED_TWICE, "PSU-3200", null, false, null, at, null))
                .expectException(violationOf(RepairRule.EXCHANGE_CONDITION_NOT_MET));
        serials.serials.put(SERIAL, registered(replaced(FIRST, "LCD-01"), replaced(SECOND, "LCD-01")));
        fixture.given(opened(), diagnosed())
                .when(new DecideExchangeCommand(
                        ORDER, ExchangeCondition.SAME_CORE_PART_FAILED_TWICE, "LCD-01", null, false, null, at, null))
                .expectException(violationOf(RepairRule.EXCHANGE_CONDITION_NOT_MET));
    }

    @Test
    void outOfWarrantyTheExchangeCountsTheDepreciatedValue_R9() {
        serials.serials.put(SERIAL, outOfWarranty());
        Instant at = Instant.parse("2026-03-03T02:00:00Z");
        fixture.given(opened(), diagnosed(customerPays(), List.of()))
                .when(new DecideExchangeCommand(
                        ORDER,
                        ExchangeCondition.SEVERE_DEFECT,
                        null,
                        "无法开机",
                        false,
                        new BigDecimal("4800.00"),
                        at,
                        null))
                .expectEvents(new ExchangeDecidedEvent(
                        ORDER,
                        ExchangeCondition.SEVERE_DEFECT,
                        null,
                        List.of(),
                        "无法开机",
                        false,
                        new BigDecimal("4800.00"),
                        37,
                        24,
                        new BigDecimal("0.00"),
                        LocalDate.of(2026, 3, 3),
                        3));
    }

    @Test
    void anUnusedUnitWithinSevenDaysOfDeliveryIsExchanged_R9() {
        Instant at = Instant.parse("2026-03-03T02:00:00Z");
        serials.serials.put(
                SERIAL,
                new com.aftersales.command.serial.RegisteredSerial(
                        SERIAL, MODEL, LocalDate.of(2026, 2, 20), null, LocalDate.of(2026, 2, 23), 1, List.of()));
        fixture.given(opened())
                .when(new DecideExchangeCommand(
                        ORDER, ExchangeCondition.UNUSED_WITHIN_DAYS, null, "未拆封使用", true, null, at, null))
                .expectEvents(new ExchangeDecidedEvent(
                        ORDER,
                        ExchangeCondition.UNUSED_WITHIN_DAYS,
                        null,
                        List.of(),
                        "未拆封使用",
                        true,
                        null,
                        null,
                        null,
                        null,
                        LocalDate.of(2026, 3, 3),
                        3));
        serials.serials.put(
                SERIAL,
                new com.aftersales.command.serial.RegisteredSerial(
                        SERIAL, MODEL, LocalDate.of(2026, 2, 20), null, LocalDate.of(2026, 2, 22), 1, List.of()));
        fixture.given(opened())
                .when(new DecideExchangeCommand(
                        ORDER, ExchangeCondition.UNUSED_WITHIN_DAYS, null, "未拆封使用", true, null, at, null))
                .expectException(violationOf(RepairRule.EXCHANGE_CONDITION_NOT_MET));
    }

    @Test
    void aRefundForARepairMoreThanTenWorkingDaysLate_R10() {
        // due 2026-03-11; 2026-03-25 is 10 working days later, 2026-03-26 is 11
        fixture.given(opened(), diagnosed())
                .when(new DecideRefundCommand(
                        ORDER, RefundCondition.LATE_DELIVERY, null, false, Instant.parse("2026-03-26T02:00:00Z"), null))
                .expectEvents(new RefundDecidedEvent(
                        ORDER, RefundCondition.LATE_DELIVERY, null, 11, null, LocalDate.of(2026, 3, 26), 3));
        fixture.given(opened(), diagnosed())
                .when(new DecideRefundCommand(
                        ORDER, RefundCondition.LATE_DELIVERY, null, false, Instant.parse("2026-03-25T02:00:00Z"), null))
                .expectException(violationOf(RepairRule.REFUND_CONDITION_NOT_MET));
    }

    @Test
    void aRefundForAQualityProblemWithinFifteenDaysOfPurchase_R10() {
        Instant at = Instant.parse("2026-03-03T02:00:00Z");
        serials.serials.put(
                SERIAL,
                new com.aftersales.command.serial.RegisteredSerial(
                        SERIAL, MODEL, LocalDate.of(2026, 2, 15), null, null, 1, List.of()));
        fixture.given(opened())
                .when(new DecideRefundCommand(
                        ORDER, RefundCondition.QUALITY_PROBLEM_SOON_AFTER_PURCHASE, "屏幕坏点", true, at, null))
                .expectEvents(new RefundDecidedEvent(
                        ORDER,
                        RefundCondition.QUALITY_PROBLEM_SOON_AFTER_PURCHASE,
                        "屏幕坏点",
                        null,
                        15,
                        LocalDate.of(2026, 3, 3),
                        3));
        serials.serials.put(
                SERIAL,
                new com.aftersales.command.serial.RegisteredSerial(
                        SERIAL, MODEL, LocalDate.of(2026, 2, 14), null, null, 1, List.of()));
        fixture.given(opened())
                .when(new DecideRefundCommand(
                        ORDER, RefundCondition.QUALITY_PROBLEM_SOON_AFTER_PURCHASE, "屏幕坏点", true, at, null))
                .expectException(violationOf(RepairRule.REFUND_CONDITION_NOT_MET));
    }

    @Test
    void aRefundForAnUnrepairableFatalDefectClosesTheOrderAndItsClocks_R10() {
        Instant at = Instant.parse("2026-03-03T02:00:00Z");
        fixture.given(opened(), diagnosed())
                .when(new DecideRefundCommand(
                        ORDER, RefundCondition.FATAL_DEFECT_UNREPAIRABLE, "主板烧毁", false, at, null))
                .expectEvents(new RefundDecidedEvent(
                        ORDER,
                        RefundCondition.FATAL_DEFECT_UNREPAIRABLE,
                        "主板烧毁",
                        null,
                        null,
                        LocalDate.of(2026, 3, 3),
                        3));
        fixture(serials)
                .givenCurrentTime(RECEIVED)
                .andGivenCommands(
                        open(Urgency.NORMAL, List.of()),
                        engineer(diagnose()),
                        notice(DIAGNOSED),
                        new DecideRefundCommand(
                                ORDER, RefundCondition.FATAL_DEFECT_UNREPAIRABLE, "主板烧毁", false, at, null))
                .whenThenTimeAdvancesTo(REPAIR_DUE)
                .expectNoEvents();
    }

    @Test
    void aSerialGoneFromTheRegistryCannotBeDiagnosedOrExchanged_R2() {
        serials.serials.clear();
        fixture.given(opened())
                .when(diagnose(), as(ENGINEER, "ENGINEER"))
                .expectException(violationOf(RepairRule.SERIAL_NOT_REGISTERED));
        fixture.given(opened(), diagnosed())
                .when(new DecideExchangeCommand(
                        ORDER, ExchangeCondition.SEVERE_DEFECT, null, "无法开机", false, null, DIAGNOSED, null))
                .expectException(violationOf(RepairRule.SERIAL_NOT_REGISTERED));
    }

    @Test
    void withoutADeliveryOrSaleDateNoUnusedUnitIsExchanged_R9() {
        serials.serials.put(
                SERIAL,
                new com.aftersales.command.serial.RegisteredSerial(SERIAL, MODEL, null, null, null, 1, List.of()));
        fixture.given(opened())
                .when(new DecideExchangeCommand(
                        ORDER, ExchangeCondition.UNUSED_WITHIN_DAYS, null, "未使用", true, null, DIAGNOSED, null))
                .expectException(violationOf(RepairRule.EXCHANGE_CONDITION_NOT_MET));
    }

    @Test
    void aUnitBoughtForNothingIsExchangedAtNothing_R9() {
        serials.serials.put(SERIAL, outOfWarranty());
        Instant at = Instant.parse("2026-03-03T02:00:00Z");
        fixture.given(opened(), diagnosed(customerPays(), List.of()))
                .when(new DecideExchangeCommand(
                        ORDER, ExchangeCondition.SEVERE_DEFECT, null, "无法开机", false, BigDecimal.ZERO, at, null))
                .expectEvents(new ExchangeDecidedEvent(
                        ORDER,
                        ExchangeCondition.SEVERE_DEFECT,
                        null,
                        List.of(),
                        "无法开机",
                        false,
                        BigDecimal.ZERO,
                        37,
                        24,
                        new BigDecimal("0.00"),
                        LocalDate.of(2026, 3, 3),
                        3));
    }

    @Test
    void aQuoteMayBeZeroHoursZeroTravelAndFreeParts_R5() {
        List<com.aftersales.api.repair.QuotedPart> free =
                List.of(new com.aftersales.api.repair.QuotedPart("PSU-3200", 1, BigDecimal.ZERO));
        fixture.given(opened(), diagnosed(customerPays(), List.of()))
                .when(new QuoteRepairCommand(
                        ORDER,
                        free,
                        BigDecimal.ZERO,
                        com.aftersales.api.repair.EngineerLevel.JUNIOR,
                        com.aftersales.api.repair.RepairDifficulty.STANDARD,
                        BigDecimal.ZERO,
                        null))
                .expectEvents(new RepairQuotedEvent(
                        ORDER,
                        RepairTariff.quote(
                                free,
                                BigDecimal.ZERO,
                                com.aftersales.api.repair.EngineerLevel.JUNIOR,
                                com.aftersales.api.repair.RepairDifficulty.STANDARD,
                                BigDecimal.ZERO,
                                10),
                        3));
    }
}
