package com.aftersales.command.supplier;

import static com.aftersales.command.common.RuleViolations.violationOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.repair.FaultType;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.supplier.CloseSupplierClaimCommand;
import com.aftersales.api.supplier.OpenSupplierClaimCommand;
import com.aftersales.api.supplier.RecordSupplierAnswerCommand;
import com.aftersales.api.supplier.RecordSupplierSettlementCommand;
import com.aftersales.api.supplier.SendSupplierClaimCommand;
import com.aftersales.api.supplier.SettlementKind;
import com.aftersales.api.supplier.SupplierAnswer;
import com.aftersales.api.supplier.SupplierClaimAnswerOverdueEvent;
import com.aftersales.api.supplier.SupplierClaimAnsweredEvent;
import com.aftersales.api.supplier.SupplierClaimClosedEvent;
import com.aftersales.api.supplier.SupplierClaimId;
import com.aftersales.api.supplier.SupplierClaimOpenedEvent;
import com.aftersales.api.supplier.SupplierClaimSentEvent;
import com.aftersales.api.supplier.SupplierClaimSettledEvent;
import com.aftersales.command.faultcategory.FaultCategoryEntry;
import com.aftersales.command.faultcategory.FaultCategoryLookup;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RULES R3 on the {@link SupplierClaim}: a supplier-caused fault is claimed through purchasing and
 * followed to its outcome, one step after the other; the supplier's answer is followed up after
 * ten working days. The list of these tests knows SPINDLE (active) and OLD_GEARBOX (retired); the
 * calendar of these tests makes the answer due 14 days after the day it was sent.
 */
class SupplierClaimTest {
    private static final RepairOrderId REPAIR = new RepairOrderId("6a0f3c2e-1b4d-4e5f-8a9b-0c1d2e3f4a5b");
    private static final SupplierClaimId CLAIM = SupplierClaimId.forRepair(REPAIR, "SP-7208-B");
    private static final Instant SENT_AT = Instant.parse("2025-09-26T02:00:00Z");
    private static final LocalDate DUE_BY = LocalDate.parse("2025-10-10");
    private static final Instant OVERDUE_FROM = Instant.parse("2025-10-10T16:00:00Z");

    private static final SupplierClaimOpenedEvent OPENED = new SupplierClaimOpenedEvent(
            CLAIM,
            REPAIR,
            "SN-CNC850-2403-0012",
            "苏州精密主轴有限公司",
            "SP-7208-B",
            "SPINDLE",
            "主轴轴承异响，拆检见滚珠点蚀",
            List.of("sha256:9f2c", "sha256:1a7e"));
    private static final SupplierClaimSentEvent SENT =
            new SupplierClaimSentEvent(CLAIM, "CG-2025-0931", null, SENT_AT, 10, DUE_BY, 4);
    private static final SupplierClaimAnsweredEvent ACCEPTED =
            new SupplierClaimAnsweredEvent(CLAIM, SupplierAnswer.ACCEPTED, null, "SPL-RMA-551");
    private static final SupplierClaimAnsweredEvent REJECTED =
            new SupplierClaimAnsweredEvent(CLAIM, SupplierAnswer.REJECTED, "安装不当所致", null);
    private static final SupplierClaimSettledEvent SETTLED = new SupplierClaimSettledEvent(
            CLAIM, SettlementKind.CREDIT_NOTE, new BigDecimal("1280.00"), "HZ-0088", null);

    private AggregateTestFixture<SupplierClaim> fixture;
    private final Map<String, FaultCategoryEntry> categories = new HashMap<>();

    @BeforeEach
    void setUp() {
        categories.put("SPINDLE", new FaultCategoryEntry("SPINDLE", FaultType.HARDWARE, true, true));
        categories.put("OLD_GEARBOX", new FaultCategoryEntry("OLD_GEARBOX", FaultType.HARDWARE, true, false));
        fixture = new AggregateTestFixture<>(SupplierClaim.class);
        fixture.registerInjectableResource((FaultCategoryLookup) code -> Optional.ofNullable(categories.get(code)));
        fixture.registerInjectableResource((ClaimAnswerCalendar) (sentAt, workingDays) -> {
            assertThat(workingDays).isEqualTo(10);
            return new ClaimAnswerDue(DUE_BY, OVERDUE_FROM, 4);
        });
    }

    // ---------------------------------------------------------------- opening

    @Test
    void aClaimIsOpenedForARepairAndAPart_R3() {
        fixture.givenNoPriorActivity()
                .when(open(" SP-7208-B ", "SPINDLE"))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(true)
                .expectEvents(OPENED);
    }

    @Test
    void theClaimsIdFollowsFromTheRepairAndThePart_R3() {
        assertThat(open("SP-7208-B", "SPINDLE").claimId()).isEqualTo(CLAIM);
        assertThat(open(" SP-7208-B ", "SPINDLE").claimId()).isEqualTo(CLAIM);
        assertThat(open("SP-7208-C", "SPINDLE").claimId()).isNotEqualTo(CLAIM);
        assertThat(SupplierClaimId.forRepair(RepairOrderId.random(), "SP-7208-B"))
                .isNotEqualTo(CLAIM);
        assertThat(open(null, "SPINDLE").claimId())
                .isEqualTo(open(" ", "SPINDLE").claimId())
                .isEqualTo(SupplierClaimId.forRepair(REPAIR, null))
                .isNotEqualTo(CLAIM);
    }

    @Test
    void anOutsourcedProductIsClaimedWithoutAPartNumber_R3() {
        SupplierClaimId product = SupplierClaimId.forRepair(REPAIR, null);
        fixture.givenNoPriorActivity()
                .when(open("  ", "SPINDLE"))
                .expectEvents(new SupplierClaimOpenedEvent(
                        product,
                        REPAIR,
                        "SN-CNC850-2403-0012",
                        "苏州精密主轴有限公司",
                        null,
                        "SPINDLE",
                        "主轴轴承异响，拆检见滚珠点蚀",
                        List.of("sha256:9f2c", "sha256:1a7e")));
    }

    @Test
    void openingAgainOpensNothingNew_R3() {
        fixture.given(OPENED)
                .when(new OpenSupplierClaimCommand(REPAIR, "SN-OTHER", "另一家", "SP-7208-B", "SPINDLE", "不同的描述", null))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(false)
                .expectNoEvents();
        fixture.given(OPENED, SENT, REJECTED, new SupplierClaimClosedEvent(CLAIM, SupplierAnswer.REJECTED, false, null))
                .when(open("SP-7208-B", "SPINDLE"))
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void aRetiredCategoryStillCountsForAClaimButAnUnknownOneDoesNot_R3() {
        fixture.givenNoPriorActivity().when(open("SP-7208-B", "OLD_GEARBOX")).expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(open("SP-7208-B", "NO_SUCH"))
                .expectException(violationOf(SupplierClaimRule.CLAIM_FAULT_CATEGORY_UNKNOWN))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void aClaimNeedsASerialASupplierAndADescription_R3(String blank) {
        fixture.givenNoPriorActivity()
                .when(new OpenSupplierClaimCommand(REPAIR, blank, "供应商", "P", "SPINDLE", "描述", List.of()))
                .expectException(violationOf(SupplierClaimRule.CLAIM_SERIAL_REQUIRED))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new OpenSupplierClaimCommand(REPAIR, "SN", blank, "P", "SPINDLE", "描述", List.of()))
                .expectException(violationOf(SupplierClaimRule.CLAIM_SUPPLIER_REQUIRED))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new OpenSupplierClaimCommand(REPAIR, "SN", "供应商", "P", "SPINDLE", blank, List.of()))
                .expectException(violationOf(SupplierClaimRule.CLAIM_DESCRIPTION_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void missingTextsAreRefusedToo_R3() {
        fixture.givenNoPriorActivity()
                .when(new OpenSupplierClaimCommand(REPAIR, null, "供应商", "P", "SPINDLE", "描述", null))
                .expectException(violationOf(SupplierClaimRule.CLAIM_SERIAL_REQUIRED));
        fixture.givenNoPriorActivity()
                .when(new OpenSupplierClaimCommand(REPAIR, "SN", null, "P", "SPINDLE", "描述", null))
                .expectException(violationOf(SupplierClaimRule.CLAIM_SUPPLIER_REQUIRED));
        fixture.givenNoPriorActivity()
                .when(new OpenSupplierClaimCommand(REPAIR, "SN", "供应商", "P", "SPINDLE", null, null))
                .expectException(violationOf(SupplierClaimRule.CLAIM_DESCRIPTION_REQUIRED));
    }

    @Test
    void aClaimWithoutEvidenceHasAnEmptyList_R3() {
        fixture.givenNoPriorActivity()
                .when(new OpenSupplierClaimCommand(REPAIR, " SN-1 ", " 供应商 ", "P-1", "SPINDLE", " 描述 ", null))
                .expectEvents(new SupplierClaimOpenedEvent(
                        SupplierClaimId.forRepair(REPAIR, "P-1"),
                        REPAIR,
                        "SN-1",
                        "供应商",
                        "P-1",
                        "SPINDLE",
                        "描述",
                        List.of()));
    }

    // ---------------------------------------------------------------- sending and the answer's deadline

    @Test
    void sendingToPurchasingCountsTenWorkingDaysAndSchedulesTheFollowUp_R3() {
        fixture.given(OPENED)
                .when(new SendSupplierClaimCommand(CLAIM, " CG-2025-0931 ", " 加急 ", SENT_AT))
                .expectEvents(new SupplierClaimSentEvent(CLAIM, "CG-2025-0931", "加急", SENT_AT, 10, DUE_BY, 4))
                .expectScheduledDeadlineWithName(OVERDUE_FROM, "supplier-claim-answer-due")
                .expectScheduledDeadline(OVERDUE_FROM, new ClaimAnswerDeadline(DUE_BY));
    }

    @Test
    void aBlankNoteIsRecordedAsNone_R3() {
        fixture.given(OPENED)
                .when(new SendSupplierClaimCommand(CLAIM, "CG-2025-0931", "  ", SENT_AT))
                .expectEvents(SENT);
    }

    @Test
    void purchasingsReferenceIsRequired_R3() {
        fixture.given(OPENED)
                .when(new SendSupplierClaimCommand(CLAIM, " ", null, SENT_AT))
                .expectException(violationOf(SupplierClaimRule.CLAIM_PURCHASING_REFERENCE_REQUIRED))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
        fixture.given(OPENED)
                .when(new SendSupplierClaimCommand(CLAIM, null, null, SENT_AT))
                .expectException(violationOf(SupplierClaimRule.CLAIM_PURCHASING_REFERENCE_REQUIRED));
    }

    @Test
    void aClaimIsSentOnce_R3() {
        fixture.given(OPENED, SENT)
                .when(new SendSupplierClaimCommand(CLAIM, "CG-2", null, SENT_AT))
                .expectException(violationOf(SupplierClaimRule.CLAIM_ALREADY_SENT))
                .expectNoEvents();
        fixture.given(OPENED, SENT, ACCEPTED)
                .when(new SendSupplierClaimCommand(CLAIM, "CG-2", null, SENT_AT))
                .expectException(violationOf(SupplierClaimRule.CLAIM_ALREADY_SENT));
    }

    @Test
    void noAnswerByTheDueDayIsRecordedAsOverdueByTheSystem_R3() {
        fixture.givenCurrentTime(SENT_AT)
                .andGiven(OPENED)
                .andGivenCommands(new SendSupplierClaimCommand(CLAIM, "CG-2025-0931", null, SENT_AT))
                .whenThenTimeAdvancesTo(OVERDUE_FROM)
                .expectTriggeredDeadlinesWithName("supplier-claim-answer-due")
                .expectEvents(new SupplierClaimAnswerOverdueEvent(CLAIM, DUE_BY));
    }

    @Test
    void theDueDayItselfIsNotOverdue_R3() {
        fixture.givenCurrentTime(SENT_AT)
                .andGiven(OPENED)
                .andGivenCommands(new SendSupplierClaimCommand(CLAIM, "CG-2025-0931", null, SENT_AT))
                .whenThenTimeAdvancesTo(OVERDUE_FROM.minusMillis(1))
                .expectNoEvents();
    }

    @Test
    void anAnswerInTimeMeansTheDeadlineRecordsNothing_R3() {
        fixture.givenCurrentTime(SENT_AT)
                .andGiven(OPENED)
                .andGivenCommands(
                        new SendSupplierClaimCommand(CLAIM, "CG-2025-0931", null, SENT_AT),
                        new RecordSupplierAnswerCommand(CLAIM, SupplierAnswer.ACCEPTED, null, "SPL-RMA-551"))
                .whenThenTimeAdvancesTo(OVERDUE_FROM.plus(Duration.ofDays(1)))
                .expectTriggeredDeadlinesWithName("supplier-claim-answer-due")
                .expectNoEvents();
    }

    @Test
    void aDeadlineFiringTwiceRecordsTheOverdueAnswerOnce_R3() {
        fixture.givenCurrentTime(SENT_AT)
                .andGiven(OPENED)
                .andGivenCommands(new SendSupplierClaimCommand(CLAIM, "CG-2025-0931", null, SENT_AT))
                .andGiven(new SupplierClaimAnswerOverdueEvent(CLAIM, DUE_BY))
                .whenThenTimeAdvancesTo(OVERDUE_FROM)
                .expectTriggeredDeadlinesWithName("supplier-claim-answer-due")
                .expectNoEvents();
    }

    @Test
    void aLateAnswerIsStillRecorded_R3() {
        fixture.given(OPENED, SENT, new SupplierClaimAnswerOverdueEvent(CLAIM, DUE_BY))
                .when(new RecordSupplierAnswerCommand(CLAIM, SupplierAnswer.ACCEPTED, " ", " SPL-RMA-551 "))
                .expectEvents(ACCEPTED);
    }

    // ---------------------------------------------------------------- the answer

    @Test
    void theSupplierAnswersASentClaimOnly_R3() {
        fixture.given(OPENED)
                .when(new RecordSupplierAnswerCommand(CLAIM, SupplierAnswer.ACCEPTED, null, null))
                .expectException(violationOf(SupplierClaimRule.CLAIM_NOT_SENT))
                .expectNoEvents();
    }

    @Test
    void theSupplierAnswersOnce_R3() {
        fixture.given(OPENED, SENT, ACCEPTED)
                .when(new RecordSupplierAnswerCommand(CLAIM, SupplierAnswer.REJECTED, "改判", null))
                .expectException(violationOf(SupplierClaimRule.CLAIM_ALREADY_ANSWERED))
                .expectNoEvents();
        fixture.given(OPENED, SENT, ACCEPTED, SETTLED)
                .when(new RecordSupplierAnswerCommand(CLAIM, SupplierAnswer.ACCEPTED, null, null))
                .expectException(violationOf(SupplierClaimRule.CLAIM_ALREADY_ANSWERED));
    }

    @Test
    void aRejectionGivesTheSuppliersReason_R3() {
        fixture.given(OPENED, SENT)
                .when(new RecordSupplierAnswerCommand(CLAIM, SupplierAnswer.REJECTED, " 安装不当所致 ", ""))
                .expectEvents(REJECTED);
        fixture.given(OPENED, SENT)
                .when(new RecordSupplierAnswerCommand(CLAIM, SupplierAnswer.REJECTED, " ", null))
                .expectException(violationOf(SupplierClaimRule.CLAIM_ANSWER_REASON_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void aPartialAcceptanceGivesTheSuppliersReason_R3() {
        fixture.given(OPENED, SENT)
                .when(new RecordSupplierAnswerCommand(CLAIM, SupplierAnswer.PARTLY_ACCEPTED, null, null))
                .expectException(violationOf(SupplierClaimRule.CLAIM_ANSWER_REASON_REQUIRED))
                .expectNoEvents();
        fixture.given(OPENED, SENT)
                .when(new RecordSupplierAnswerCommand(CLAIM, SupplierAnswer.PARTLY_ACCEPTED, "只赔轴承，不赔工时", null))
                .expectEvents(new SupplierClaimAnsweredEvent(CLAIM, SupplierAnswer.PARTLY_ACCEPTED, "只赔轴承，不赔工时", null));
    }

    // ---------------------------------------------------------------- settlement

    @Test
    void anAcceptedClaimIsSettledByCreditNote_R3() {
        fixture.given(OPENED, SENT, ACCEPTED)
                .when(new RecordSupplierSettlementCommand(
                        CLAIM, SettlementKind.CREDIT_NOTE, new BigDecimal("1280.00"), " HZ-0088 ", null))
                .expectEvents(SETTLED);
    }

    @Test
    void aPartlyAcceptedClaimIsSettledByAReplacementPartOfUnknownValue_R3() {
        fixture.given(OPENED, SENT, new SupplierClaimAnsweredEvent(CLAIM, SupplierAnswer.PARTLY_ACCEPTED, "只赔轴承", null))
                .when(new RecordSupplierSettlementCommand(
                        CLAIM, SettlementKind.REPLACEMENT_PART, null, "SP-7208-B", " 随货到 "))
                .expectEvents(new SupplierClaimSettledEvent(
                        CLAIM, SettlementKind.REPLACEMENT_PART, null, "SP-7208-B", "随货到"));
    }

    @Test
    void nothingIsSettledBeforeTheAnswer_R3() {
        fixture.given(OPENED, SENT)
                .when(settle(SettlementKind.PAYMENT, "100"))
                .expectException(violationOf(SupplierClaimRule.CLAIM_SETTLEMENT_BEFORE_ANSWER))
                .expectNoEvents();
        fixture.given(OPENED)
                .when(settle(SettlementKind.PAYMENT, "100"))
                .expectException(violationOf(SupplierClaimRule.CLAIM_SETTLEMENT_BEFORE_ANSWER));
    }

    @Test
    void aRejectedClaimHasNothingToSettle_R3() {
        fixture.given(OPENED, SENT, REJECTED)
                .when(settle(SettlementKind.PAYMENT, "100"))
                .expectException(violationOf(SupplierClaimRule.CLAIM_SETTLEMENT_AFTER_REJECTION))
                .expectNoEvents();
    }

    @Test
    void aClaimIsSettledOnce_R3() {
        fixture.given(OPENED, SENT, ACCEPTED, SETTLED)
                .when(settle(SettlementKind.PAYMENT, "100"))
                .expectException(violationOf(SupplierClaimRule.CLAIM_ALREADY_SETTLED))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "0.001", "1000000000000", "1000000000000.00"})
    void anAmountIsPositiveWithTwoDecimalsBelowOneTrillion_R3(String amount) {
        for (SettlementKind kind : SettlementKind.values()) {
            fixture.given(OPENED, SENT, ACCEPTED)
                    .when(settle(kind, amount))
                    .expectException(violationOf(SupplierClaimRule.CLAIM_SETTLEMENT_AMOUNT_INVALID))
                    .expectNoEvents();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.01", "999999999999.99", "12.500", "300"})
    void theseAmountsAreAccepted_R3(String amount) {
        fixture.given(OPENED, SENT, ACCEPTED)
                .when(settle(SettlementKind.PAYMENT, amount))
                .expectEvents(new SupplierClaimSettledEvent(
                        CLAIM, SettlementKind.PAYMENT, new BigDecimal(amount), "REF-1", null));
    }

    @Test
    void aCreditNoteOrAPaymentNeedsAnAmount_R3() {
        for (SettlementKind kind : List.of(SettlementKind.CREDIT_NOTE, SettlementKind.PAYMENT)) {
            fixture.given(OPENED, SENT, ACCEPTED)
                    .when(new RecordSupplierSettlementCommand(CLAIM, kind, null, "REF-1", null))
                    .expectException(violationOf(SupplierClaimRule.CLAIM_SETTLEMENT_AMOUNT_INVALID))
                    .expectNoEvents();
        }
    }

    @Test
    void aSettlementNamesItsReference_R3() {
        fixture.given(OPENED, SENT, ACCEPTED)
                .when(new RecordSupplierSettlementCommand(CLAIM, SettlementKind.PAYMENT, BigDecimal.TEN, " ", null))
                .expectException(violationOf(SupplierClaimRule.CLAIM_SETTLEMENT_REFERENCE_REQUIRED))
                .expectNoEvents();
        fixture.given(OPENED, SENT, ACCEPTED)
                .when(new RecordSupplierSettlementCommand(CLAIM, SettlementKind.PAYMENT, BigDecimal.TEN, null, null))
                .expectException(violationOf(SupplierClaimRule.CLAIM_SETTLEMENT_REFERENCE_REQUIRED));
    }

    // ---------------------------------------------------------------- closing

    @Test
    void aSettledClaimIsClosedWithItsOutcome_R3() {
        fixture.given(OPENED, SENT, ACCEPTED, SETTLED)
                .when(new CloseSupplierClaimCommand(CLAIM, " 已入账 "))
                .expectEvents(new SupplierClaimClosedEvent(CLAIM, SupplierAnswer.ACCEPTED, true, "已入账"));
    }

    @Test
    void aRejectedClaimIsClosedUnsettled_R3() {
        fixture.given(OPENED, SENT, REJECTED)
                .when(new CloseSupplierClaimCommand(CLAIM, null))
                .expectEvents(new SupplierClaimClosedEvent(CLAIM, SupplierAnswer.REJECTED, false, null));
    }

    @Test
    void aClaimWithoutOutcomeIsNotClosed_R3() {
        for (List<Object> given :
                List.<List<Object>>of(List.of(OPENED), List.of(OPENED, SENT), List.of(OPENED, SENT, ACCEPTED))) {
            fixture.given(given)
                    .when(new CloseSupplierClaimCommand(CLAIM, null))
                    .expectException(violationOf(SupplierClaimRule.CLAIM_CLOSE_BEFORE_OUTCOME))
                    .expectNoEvents();
        }
    }

    @Test
    void aClosedClaimTakesNoMoreSteps_R3() {
        List<Object> closed = List.of(
                OPENED,
                SENT,
                ACCEPTED,
                SETTLED,
                new SupplierClaimClosedEvent(CLAIM, SupplierAnswer.ACCEPTED, true, null));
        for (Object command : List.of(
                new SendSupplierClaimCommand(CLAIM, "CG", null, SENT_AT),
                new RecordSupplierAnswerCommand(CLAIM, SupplierAnswer.ACCEPTED, null, null),
                settle(SettlementKind.PAYMENT, "1"),
                new CloseSupplierClaimCommand(CLAIM, null))) {
            fixture.given(closed)
                    .when(command)
                    .expectException(violationOf(SupplierClaimRule.CLAIM_CLOSED))
                    .expectNoEvents();
        }
    }

    @Test
    void aClosedClaimsDeadlineRecordsNothing_R3() {
        fixture.givenCurrentTime(SENT_AT)
                .andGiven(OPENED)
                .andGivenCommands(new SendSupplierClaimCommand(CLAIM, "CG-2025-0931", null, SENT_AT))
                .andGiven(REJECTED, new SupplierClaimClosedEvent(CLAIM, SupplierAnswer.REJECTED, false, null))
                .whenThenTimeAdvancesTo(OVERDUE_FROM)
                .expectTriggeredDeadlinesWithName("supplier-claim-answer-due")
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- every rule code proven

    record Scenario(List<Object> given, Object command) {}

    private static final Map<SupplierClaimRule, Scenario> CATALOGUE = Map.ofEntries(
            Map.entry(
                    SupplierClaimRule.CLAIM_SERIAL_REQUIRED,
                    new Scenario(List.of(), new OpenSupplierClaimCommand(REPAIR, "", "S", "P", "SPINDLE", "D", null))),
            Map.entry(
                    SupplierClaimRule.CLAIM_SUPPLIER_REQUIRED,
                    new Scenario(List.of(), new OpenSupplierClaimCommand(REPAIR, "SN", "", "P", "SPINDLE", "D", null))),
            Map.entry(
                    SupplierClaimRule.CLAIM_DESCRIPTION_REQUIRED,
                    new Scenario(List.of(), new OpenSupplierClaimCommand(REPAIR, "SN", "S", "P", "SPINDLE", "", null))),
            Map.entry(SupplierClaimRule.CLAIM_FAULT_CATEGORY_UNKNOWN, new Scenario(List.of(), open("P", "NO_SUCH"))),
            Map.entry(
                    SupplierClaimRule.CLAIM_PURCHASING_REFERENCE_REQUIRED,
                    new Scenario(List.of(OPENED), new SendSupplierClaimCommand(CLAIM, "", null, SENT_AT))),
            Map.entry(
                    SupplierClaimRule.CLAIM_ALREADY_SENT,
                    new Scenario(List.of(OPENED, SENT), new SendSupplierClaimCommand(CLAIM, "CG", null, SENT_AT))),
            Map.entry(
                    SupplierClaimRule.CLAIM_NOT_SENT,
                    new Scenario(
                            List.of(OPENED),
                            new RecordSupplierAnswerCommand(CLAIM, SupplierAnswer.ACCEPTED, null, null))),
            Map.entry(
                    SupplierClaimRule.CLAIM_ALREADY_ANSWERED,
                    new Scenario(
                            List.of(OPENED, SENT, ACCEPTED),
                            new RecordSupplierAnswerCommand(CLAIM, SupplierAnswer.ACCEPTED, null, null))),
            Map.entry(
                    SupplierClaimRule.CLAIM_ANSWER_REASON_REQUIRED,
                    new Scenario(
                            List.of(OPENED, SENT),
                            new RecordSupplierAnswerCommand(CLAIM, SupplierAnswer.REJECTED, "", null))),
            Map.entry(
                    SupplierClaimRule.CLAIM_SETTLEMENT_BEFORE_ANSWER,
                    new Scenario(List.of(OPENED, SENT), settle(SettlementKind.PAYMENT, "1"))),
            Map.entry(
                    SupplierClaimRule.CLAIM_SETTLEMENT_AFTER_REJECTION,
                    new Scenario(List.of(OPENED, SENT, REJECTED), settle(SettlementKind.PAYMENT, "1"))),
            Map.entry(
                    SupplierClaimRule.CLAIM_ALREADY_SETTLED,
                    new Scenario(List.of(OPENED, SENT, ACCEPTED, SETTLED), settle(SettlementKind.PAYMENT, "1"))),
            Map.entry(
                    SupplierClaimRule.CLAIM_SETTLEMENT_AMOUNT_INVALID,
                    new Scenario(List.of(OPENED, SENT, ACCEPTED), settle(SettlementKind.PAYMENT, "0"))),
            Map.entry(
                    SupplierClaimRule.CLAIM_SETTLEMENT_REFERENCE_REQUIRED,
                    new Scenario(
                            List.of(OPENED, SENT, ACCEPTED),
                            new RecordSupplierSettlementCommand(
                                    CLAIM, SettlementKind.PAYMENT, BigDecimal.ONE, "", null))),
            Map.entry(
                    SupplierClaimRule.CLAIM_CLOSE_BEFORE_OUTCOME,
                    new Scenario(List.of(OPENED, SENT, ACCEPTED), new CloseSupplierClaimCommand(CLAIM, null))),
            Map.entry(
                    SupplierClaimRule.CLAIM_CLOSED,
                    new Scenario(
                            List.of(
                                    OPENED,
                                    SENT,
                                    REJECTED,
                                    new SupplierClaimClosedEvent(CLAIM, SupplierAnswer.REJECTED, false, null)),
                            new CloseSupplierClaimCommand(CLAIM, null))));

    @ParameterizedTest(name = "{0}")
    @EnumSource(SupplierClaimRule.class)
    void everyClaimRuleIsR3WithACodeOfItsOwn_R3(SupplierClaimRule rule) {
        assertThat(rule.ruleId()).isEqualTo("R3");
        assertThat(rule.code()).isEqualTo(rule.name());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(SupplierClaimRule.class)
    void everyRuleCodeHasARefusalScenario_R3(SupplierClaimRule rule) {
        Scenario scenario = CATALOGUE.get(rule);
        assertThat(scenario).as("a refusal scenario for %s", rule).isNotNull();

        fixture.given(scenario.given())
                .when(scenario.command())
                .expectException(violationOf(rule))
                .expectNoEvents();
    }

    private static OpenSupplierClaimCommand open(String partNumber, String category) {
        return new OpenSupplierClaimCommand(
                REPAIR,
                " SN-CNC850-2403-0012 ",
                " 苏州精密主轴有限公司 ",
                partNumber,
                category,
                " 主轴轴承异响，拆检见滚珠点蚀 ",
                List.of("sha256:9f2c", "sha256:1a7e"));
    }

    private static RecordSupplierSettlementCommand settle(SettlementKind kind, String amount) {
        return new RecordSupplierSettlementCommand(CLAIM, kind, new BigDecimal(amount), "REF-1", null);
    }
}
