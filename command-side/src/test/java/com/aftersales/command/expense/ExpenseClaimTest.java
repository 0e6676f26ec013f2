package com.aftersales.command.expense;

import static com.aftersales.command.common.RuleViolations.violationOf;
import static com.aftersales.command.expense.ExpenseClaimSamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.UserId;
import com.aftersales.api.expense.ApproveExpenseClaimCommand;
import com.aftersales.api.expense.AuditExpenseClaimCommand;
import com.aftersales.api.expense.ClaimStage;
import com.aftersales.api.expense.DecideExpenseFlagCommand;
import com.aftersales.api.expense.ExpenseClaimPaidEvent;
import com.aftersales.api.expense.ExpenseClaimResubmittedEvent;
import com.aftersales.api.expense.ExpenseClaimSubmittedEvent;
import com.aftersales.api.expense.ExpenseFlagConfirmedEvent;
import com.aftersales.api.expense.ExpenseFlagDismissedEvent;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FlagDecision;
import com.aftersales.api.expense.FlagExpenseClaimCommand;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.expense.NonReimbursableScope;
import com.aftersales.api.expense.PayExpenseClaimCommand;
import com.aftersales.api.expense.RejectExpenseClaimCommand;
import com.aftersales.api.expense.ResubmitExpenseClaimCommand;
import com.aftersales.api.expense.SubmitExpenseClaimCommand;
import com.aftersales.api.expense.TravelAdvanceStatus;
import com.aftersales.api.expense.Trip;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.api.penalty.PenaltyKind;
import com.aftersales.api.penalty.PenaltyProposedEvent;
import com.aftersales.api.penalty.PenaltySource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RULES X1, X2, X5, X6, X9 and S1 on the {@link ExpenseClaim} (see {@link ExpenseClaimSamples} for
 * the story). Literal events; every rule code is also refused in {@link ExpenseClaimRuleCatalogueTest}.
 */
class ExpenseClaimTest {
    static final PenaltyId PENALTY = new PenaltyId("5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c");
    static final String REASON = "酒店发票开具城市与行程不符";

    static SubmitExpenseClaimCommand submit(List<ExpenseLine> lines) {
        return new SubmitExpenseClaimCommand(CLAIM, TRIP, lines, null);
    }

    static Trip trip(LocalDate start, LocalDate end) {
        return new Trip("苏州", List.of(), start, end, List.of(), null);
    }

    static DecideExpenseFlagCommand confirm(String flagId, NonReimbursableScope scope, PenaltyKind kind) {
        return new DecideExpenseFlagCommand(CLAIM, flagId, FlagDecision.CONFIRMED, REASON, scope, PENALTY, kind);
    }

    static ExpenseFlagConfirmedEvent confirmed(int version, String flagId, int lineNo, NonReimbursableScope scope) {
        return new ExpenseFlagConfirmedEvent(
                CLAIM,
                version,
                flagId,
                lineNo,
                FraudRule.ISSUE_CITY_OFF_TRIP,
                new UserId(FINANCE),
                REASON,
                scope,
                PENALTY);
    }

    static ExpenseFlagDismissedEvent dismissed(int version, String flagId, int lineNo) {
        return new ExpenseFlagDismissedEvent(
                CLAIM, version, flagId, lineNo, FraudRule.ISSUE_CITY_OFF_TRIP, new UserId(FINANCE), "途经杭州，属实");
    }

    static ExpenseClaimResubmittedEvent resubmitted() {
        return new ExpenseClaimResubmittedEvent(
                CLAIM, 2, 1, ENGINEER, TRIP, List.of(line(1, ExpenseLineCategory.MEALS, MEALS)), MEALS, "去掉住宿");
    }

    static ResubmitExpenseClaimCommand resubmit(int rejectedVersion) {
        return new ResubmitExpenseClaimCommand(
                CLAIM, rejectedVersion, TRIP, List.of(line(1, ExpenseLineCategory.MEALS, MEALS)), "去掉住宿");
    }

    static List<Object> approvedWith(Object... flagsAndDecisions) {
        List<Object> given = new ArrayList<>(List.of(submitted()));
        given.addAll(List.of(flagsAndDecisions));
        given.add(approved(1));
        return given;
    }

    static ExpenseClaimPaidEvent paid(BigDecimal reimbursed, BigDecimal advance, BigDecimal payable) {
        return new ExpenseClaimPaidEvent(
                CLAIM,
                1,
                new UserId(FINANCE),
                reimbursed,
                advance.signum() == 0 ? null : ADVANCE,
                advance,
                payable,
                "PAY-2025-0311");
    }

    // ---------------------------------------------------------------- X1, X2: submission

    @Test
    void anEngineerSubmitsVersionOneAndItIsScreenedAsRecorded_X1_X2_X5() {
        Stubs stubs = new Stubs();
        stubs.fixture()
                .givenNoPriorActivity()
                .when(submit(LINES), engineer())
                .expectSuccessfulHandlerExecution()
                .expectEvents(submitted());
        assertThat(stubs.screened).containsExactly(new ClaimUnderScreening(CLAIM, 1, ENGINEER, TRIP, LINES, NOW));
    }

    @Test
    void theScreeningsFlagsAreAppliedInTheSubmissionsUnitOfWorkEachOnce_X5() {
        Stubs stubs = new Stubs();
        stubs.flags.addAll(List.of(flag("F-1", 1), flag("F-0", 0), flag("F-1", 1)));
        stubs.fixture()
                .givenNoPriorActivity()
                .when(submit(LINES), engineer())
                .expectEvents(submitted(), flagged(1, "F-1", 1), flagged(1, "F-0", 0));
    }

    @Test
    void aOneDayTripAndASixtyDayTripAreTrips_X1() {
        LocalDate start = LocalDate.parse("2025-01-01");
        for (LocalDate end : List.of(start, start.plusDays(59))) {
            fixture()
                    .givenNoPriorActivity()
                    .when(new SubmitExpenseClaimCommand(CLAIM, trip(start, end), LINES, null), engineer())
                    .expectEvents(
                            new ExpenseClaimSubmittedEvent(CLAIM, 1, ENGINEER, trip(start, end), LINES, TOTAL, null));
        }
    }

    @Test
    void aSixtyOneDayTripIsRefused_X1() {
        LocalDate start = LocalDate.parse("2025-01-01");
        fixture()
                .givenNoPriorActivity()
                .when(new SubmitExpenseClaimCommand(CLAIM, trip(start, start.plusDays(60)), LINES, null), engineer())
                .expectException(violationOf(ExpenseClaimRule.EXPENSE_TRIP_TOO_LONG))
                .expectNoEvents();
    }

    @Test
    void fiftyLinesAreAClaimAndFiftyOneAreNot_X1() {
        List<ExpenseLine> fifty = IntStream.rangeClosed(1, 50)
                .mapToObj(n -> line(n, ExpenseLineCategory.MATERIALS, BigDecimal.ONE))
                .toList();
        fixture()
                .givenNoPriorActivity()
                .when(submit(fifty), engineer())
                .expectEvents(
                        new ExpenseClaimSubmittedEvent(CLAIM, 1, ENGINEER, TRIP, fifty, new BigDecimal(50), null));
        List<ExpenseLine> fiftyOne = new ArrayList<>(fifty);
        fiftyOne.add(line(51, ExpenseLineCategory.MATERIALS, BigDecimal.ONE));
        fixture()
                .givenNoPriorActivity()
                .when(submit(fiftyOne), engineer())
                .expectException(violationOf(ExpenseClaimRule.EXPENSE_LINE_COUNT))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.01", "12.3", "99.90", "10.100"})
    void anAmountAboveZeroToTheFenIsMoney_X1(String amount) {
        List<ExpenseLine> lines = List.of(line(1, ExpenseLineCategory.MEALS, new BigDecimal(amount)));
        fixture()
                .givenNoPriorActivity()
                .when(submit(lines), engineer())
                .expectEvents(
                        new ExpenseClaimSubmittedEvent(CLAIM, 1, ENGINEER, TRIP, lines, new BigDecimal(amount), null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-0.01", "0.001", "12.345"})
    void anAmountOfNothingOrBelowTheFenIsRefused_X1(String amount) {
        fixture()
                .givenNoPriorActivity()
                .when(submit(List.of(line(1, ExpenseLineCategory.MEALS, new BigDecimal(amount)))), engineer())
                .expectException(violationOf(ExpenseClaimRule.EXPENSE_LINE_AMOUNT))
                .expectNoEvents();
    }

    @Test
    void aLineOutOfOrderIsNamedByItsPlace_X1() {
        fixture()
                .givenNoPriorActivity()
                .when(submit(List.of(LINES.get(0), line(3, ExpenseLineCategory.MEALS, MEALS))), engineer())
                .expectException(violationOf(ExpenseClaimRule.EXPENSE_LINE_NUMBERS))
                .expectExceptionMessage("X1: line 2 is numbered 3");
    }

    @Test
    void theTotalIsTheSumOfTheLines_X1() {
        assertThat(ClaimLines.requireLines(LINES)).isEqualTo(TOTAL);
    }

    // ---------------------------------------------------------------- X2: the flow

    @Test
    void aSupervisorApprovesFinanceAuditsAndPays_X2() {
        fixture()
                .given(submitted())
                .when(new ApproveExpenseClaimCommand(CLAIM, 1, "属实"), supervisor())
                .expectEvents(approved(1));
        fixture()
                .given(submitted(), approved(1))
                .when(new AuditExpenseClaimCommand(CLAIM, 1, "票据齐全"), finance())
                .expectEvents(audited(1, TOTAL));
        fixture()
                .given(submitted(), approved(1), audited(1, TOTAL))
                .when(new PayExpenseClaimCommand(CLAIM, 1, "PAY-2025-0311"), finance())
                .expectEvents(paid(TOTAL, BigDecimal.ZERO, TOTAL));
    }

    @Test
    void aSupervisorRejectsASubmittedClaim_X2() {
        fixture()
                .given(submitted())
                .when(new RejectExpenseClaimCommand(CLAIM, 1, "缺少行程单"), supervisor())
                .expectEvents(rejected(1, ClaimStage.SUPERVISOR_APPROVAL, SUPERVISOR));
    }

    @Test
    void financeRejectsAtTheAuditAndBeforePayment_X2() {
        fixture()
                .given(submitted(), approved(1))
                .when(new RejectExpenseClaimCommand(CLAIM, 1, "缺少行程单"), finance())
                .expectEvents(rejected(1, ClaimStage.FINANCE_AUDIT, FINANCE));
        fixture()
                .given(submitted(), approved(1), audited(1, TOTAL))
                .when(new RejectExpenseClaimCommand(CLAIM, 1, "缺少行程单"), finance())
                .expectEvents(rejected(1, ClaimStage.PAYMENT, FINANCE));
    }

    @Test
    void eachStageIsRejectedInItsOwnRole_X2() {
        fixture()
                .given(submitted())
                .when(new RejectExpenseClaimCommand(CLAIM, 1, "缺少行程单"), finance())
                .expectException(violationOf(ExpenseClaimRule.EXPENSE_STEP_ROLE));
        fixture()
                .given(submitted(), approved(1))
                .when(new RejectExpenseClaimCommand(CLAIM, 1, "缺少行程单"), supervisor())
                .expectException(violationOf(ExpenseClaimRule.EXPENSE_STEP_ROLE));
        fixture()
                .given(submitted(), approved(1), audited(1, TOTAL))
                .when(new RejectExpenseClaimCommand(CLAIM, 1, "缺少行程单"), supervisor())
                .expectException(violationOf(ExpenseClaimRule.EXPENSE_STEP_ROLE));
    }

    @Test
    void aPaidOrRejectedClaimWaitsForNoStepToRejectItAt_X2() {
        fixture()
                .given(submitted(), approved(1), audited(1, TOTAL), paid(TOTAL, BigDecimal.ZERO, TOTAL))
                .when(new RejectExpenseClaimCommand(CLAIM, 1, "缺少行程单"), finance())
                .expectException(violationOf(ExpenseClaimRule.EXPENSE_STEP_OUT_OF_ORDER));
        fixture()
                .given(submitted(), rejected(1, ClaimStage.SUPERVISOR_APPROVAL, SUPERVISOR))
                .when(new RejectExpenseClaimCommand(CLAIM, 1, "缺少行程单"), supervisor())
                .expectException(violationOf(ExpenseClaimRule.EXPENSE_STEP_OUT_OF_ORDER));
    }

    @Test
    void theClaimantCorrectsARejectedClaimAsVersionTwoWhichIsScreenedAgain_X2() {
        Stubs stubs = new Stubs();
        stubs.flags.add(flag("F-2", 1));
        stubs.fixture()
                .given(submitted(), rejected(1, ClaimStage.SUPERVISOR_APPROVAL, SUPERVISOR))
                .when(resubmit(1), engineer())
                .expectEvents(resubmitted(), flagged(2, "F-2", 1));
        assertThat(stubs.screened).singleElement().satisfies(claim -> {
            assertThat(claim.version()).isEqualTo(2);
            assertThat(claim.lines()).isEqualTo(resubmitted().lines());
        });
    }

    @Test
    void versionTwoIsApprovedAndVersionOneIsStale_X2() {
        List<Object> second =
                List.of(submitted(), rejected(1, ClaimStage.SUPERVISOR_APPROVAL, SUPERVISOR), resubmitted());
        fixture()
                .given(second)
                .when(new ApproveExpenseClaimCommand(CLAIM, 2, "属实"), supervisor())
                .expectEvents(approved(2));
        fixture()
                .given(second)
                .when(new ApproveExpenseClaimCommand(CLAIM, 1, "属实"), supervisor())
                .expectException(violationOf(ExpenseClaimRule.EXPENSE_STALE_VERSION))
                .expectNoEvents();
        fixture()
                .given(second)
                .when(resubmit(1), engineer())
                .expectException(violationOf(ExpenseClaimRule.EXPENSE_STALE_VERSION));
    }

    @Test
    void anotherVersionNumberIsStaleAtEveryStep_X2() {
        fixture()
                .given(submitted(), approved(1))
                .when(new AuditExpenseClaimCommand(CLAIM, 2, null), finance())
                .expectException(violationOf(ExpenseClaimRule.EXPENSE_STALE_VERSION));
        fixture()
                .given(submitted(), approved(1), audited(1, TOTAL))
                .when(new PayExpenseClaimCommand(CLAIM, 0, "PAY-1"), finance())
                .expectException(violationOf(ExpenseClaimRule.EXPENSE_STALE_VERSION));
        fixture()
                .given(submitted())
                .when(new RejectExpenseClaimCommand(CLAIM, 2, "缺少行程单"), supervisor())
                .expectException(violationOf(ExpenseClaimRule.EXPENSE_STALE_VERSION));
    }

    // ---------------------------------------------------------------- X5: flags

    @Test
    void theSystemFlagsAVersionAndAFlagAlreadyRecordedStays_X5() {
        fixture()
                .given(submitted(), flagged(1, "F-1", 1))
                .when(new FlagExpenseClaimCommand(CLAIM, 1, List.of(flag("F-1", 1), flag("F-9", 2))), system())
                .expectEvents(flagged(1, "F-9", 2));
    }

    @Test
    void aFlagOnAnEarlierVersionIsRecordedAsEvidence_X5() {
        fixture()
                .given(submitted(), rejected(1, ClaimStage.SUPERVISOR_APPROVAL, SUPERVISOR), resubmitted())
                .when(new FlagExpenseClaimCommand(CLAIM, 1, List.of(flag("F-dup", 2))), system())
                .expectEvents(flagged(1, "F-dup", 2));
    }

    // ---------------------------------------------------------------- X6: decisions

    @Test
    void financeConfirmsAFlagAndProposesThePenaltyWithTheClaimFirst_X6_P1() {
        fixture()
                .given(submitted(), flagged(1, "F-1", 1))
                .when(confirm("F-1", NonReimbursableScope.LINE, null), finance())
                .expectEvents(
                        confirmed(1, "F-1", 1, NonReimbursableScope.LINE),
                        new PenaltyProposedEvent(
                                PENALTY,
                                PenaltySource.EXPENSE_AUDIT,
                                CLAIM.value(),
                                ENGINEER,
                                List.of(new EvidenceRef(EvidenceKind.EXPENSE_AUDIT, CLAIM.value()), DISPATCH),
                                PenaltyKind.NON_REIMBURSEMENT,
                                REASON,
                                new UserId(FINANCE)));
    }

    @Test
    void financeMaySuggestAHarsherPenalty_X6_P1() {
        fixture()
                .given(submitted(), flagged(1, "F-1", 1), approved(1))
                .when(confirm("F-1", NonReimbursableScope.CLAIM, PenaltyKind.DISMISSAL), finance())
                .expectEvents(
                        confirmed(1, "F-1", 1, NonReimbursableScope.CLAIM),
                        new PenaltyProposedEvent(
                                PENALTY,
                                PenaltySource.EXPENSE_AUDIT,
                                CLAIM.value(),
                                ENGINEER,
                                List.of(new EvidenceRef(EvidenceKind.EXPENSE_AUDIT, CLAIM.value()), DISPATCH),
                                PenaltyKind.DISMISSAL,
                                REASON,
                                new UserId(FINANCE)));
    }

    @Test
    void financeDismissesAFalseAlarm_X6() {
        fixture()
                .given(submitted(), flagged(1, "F-1", 1))
                .when(
                        new DecideExpenseFlagCommand(CLAIM, "F-1", FlagDecision.DISMISSED, "途经杭州，属实", null, null, null),
                        finance())
                .expectEvents(dismissed(1, "F-1", 1));
    }

    @Test
    void aConfirmedLineIsNotReimbursed_X6() {
        fixture()
                .given(approvedWith(
                        flagged(1, "F-1", 1), confirmed(1, "F-1", 1, NonReimbursableScope.LINE),
                        flagged(1, "F-1b", 1), confirmed(1, "F-1b", 1, NonReimbursableScope.LINE),
                        flagged(1, "F-2", 2), dismissed(1, "F-2", 2)))
                .when(new AuditExpenseClaimCommand(CLAIM, 1, "票据齐全"), finance())
                .expectEvents(audited(1, MEALS));
    }

    @Test
    void aConfirmedClaimScopeReimbursesNothing_X6() {
        fixture()
                .given(approvedWith(
                        flagged(1, "F-2", 2), dismissed(1, "F-2", 2),
                        flagged(1, "F-0", 0), confirmed(1, "F-0", 0, NonReimbursableScope.CLAIM)))
                .when(new AuditExpenseClaimCommand(CLAIM, 1, "票据齐全"), finance())
                .expectEvents(audited(1, BigDecimal.ZERO));
    }

    @Test
    void aClaimLevelFlagConfirmedForALineTakesNothingMoreOut_X6() {
        fixture()
                .given(approvedWith(flagged(1, "F-0", 0), confirmed(1, "F-0", 0, NonReimbursableScope.LINE)))
                .when(new AuditExpenseClaimCommand(CLAIM, 1, "票据齐全"), finance())
                .expectEvents(audited(1, TOTAL));
    }

    @Test
    void onlyTheCurrentVersionsFlagsCountAtTheAudit_X2_X6() {
        fixture()
                .given(
                        submitted(),
                        flagged(1, "F-1", 1),
                        confirmed(1, "F-1", 1, NonReimbursableScope.CLAIM),
                        flagged(1, "F-open", 2),
                        rejected(1, ClaimStage.FINANCE_AUDIT, FINANCE),
                        resubmitted(),
                        approved(2))
                .when(new AuditExpenseClaimCommand(CLAIM, 2, "票据齐全"), finance())
                .expectEvents(audited(2, MEALS));
    }

    @Test
    void theAuditWaitsForEveryFlagToBeDecided_X6() {
        fixture()
                .given(approvedWith(flagged(1, "F-1", 1), flagged(1, "F-2", 2), dismissed(1, "F-2", 2)))
                .when(new AuditExpenseClaimCommand(CLAIM, 1, null), finance())
                .expectException(violationOf(ExpenseClaimRule.EXPENSE_FLAGS_OPEN))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("1 flag(s)"));
    }

    @Test
    void aFlagRaisedAfterTheAuditHoldsThePaymentAndIsNotDecidedAnyMore_X6() {
        List<Object> audited = List.of(submitted(), approved(1), audited(1, TOTAL), flagged(1, "F-late", 1));
        fixture()
                .given(audited)
                .when(new PayExpenseClaimCommand(CLAIM, 1, "PAY-1"), finance())
                .expectException(violationOf(ExpenseClaimRule.EXPENSE_FLAGS_OPEN));
        fixture()
                .given(audited)
                .when(confirm("F-late", NonReimbursableScope.LINE, null), finance())
                .expectException(violationOf(ExpenseClaimRule.EXPENSE_DECISION_AFTER_AUDIT));
        fixture()
                .given(
                        submitted(),
                        approved(1),
                        audited(1, TOTAL),
                        flagged(1, "F-late", 1),
                        paid(TOTAL, BigDecimal.ZERO, TOTAL))
                .when(confirm("F-late", NonReimbursableScope.LINE, null), finance())
                .expectException(violationOf(ExpenseClaimRule.EXPENSE_DECISION_AFTER_AUDIT));
    }

    @Test
    void aFlagOfARejectedVersionIsStillDecided_X6() {
        fixture()
                .given(submitted(), flagged(1, "F-1", 1), rejected(1, ClaimStage.SUPERVISOR_APPROVAL, SUPERVISOR))
                .when(
                        new DecideExpenseFlagCommand(CLAIM, "F-1", FlagDecision.DISMISSED, "途经杭州，属实", null, null, null),
                        finance())
                .expectEvents(dismissed(1, "F-1", 1));
    }

    // ---------------------------------------------------------------- S1

    @Test
    void theClaimantActingAsSupervisorOrFinanceDecidesNothingOnTheirClaim_S1() {
        String own = ENGINEER.value();
        fixture()
                .given(submitted())
                .when(new ApproveExpenseClaimCommand(CLAIM, 1, null), as(own, "SUPERVISOR"))
                .expectException(violationOf(ExpenseClaimRule.EXPENSE_OWN_CLAIM));
        fixture()
                .given(submitted())
                .when(new RejectExpenseClaimCommand(CLAIM, 1, "x"), as(own, "SUPERVISOR"))
                .expectException(violationOf(ExpenseClaimRule.EXPENSE_OWN_CLAIM));
        fixture()
                .given(submitted(), approved(1))
                .when(new AuditExpenseClaimCommand(CLAIM, 1, null), as(own, "FINANCE"))
                .expectException(violationOf(ExpenseClaimRule.EXPENSE_OWN_CLAIM));
        fixture()
                .given(submitted(), approved(1), audited(1, TOTAL))
                .when(new PayExpenseClaimCommand(CLAIM, 1, "PAY-1"), as(own, "FINANCE"))
                .expectException(violationOf(ExpenseClaimRule.EXPENSE_OWN_CLAIM));
        fixture()
                .given(submitted(), flagged(1, "F-1", 1))
                .when(
                        new DecideExpenseFlagCommand(CLAIM, "F-1", FlagDecision.DISMISSED, "x", null, null, null),
                        as(own, "FINANCE"))
                .expectException(violationOf(ExpenseClaimRule.EXPENSE_OWN_CLAIM))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- X9: the advance

    @Test
    void aClaimNamesItsClaimantsPaidAdvance_X9() {
        fixture()
                .givenNoPriorActivity()
                .when(new SubmitExpenseClaimCommand(CLAIM, TRIP, LINES, ADVANCE), engineer())
                .expectEvents(submitted(ADVANCE));
    }

    @Test
    void paidWithALargerAdvanceThePayableIsNegativeAndTheAdvanceIsSettled_X9() {
        Stubs stubs = new Stubs().withPaidAdvance(ENGINEER);
        stubs.fixture()
                .given(submitted(ADVANCE), approved(1), audited(1, TOTAL))
                .when(new PayExpenseClaimCommand(CLAIM, 1, "PAY-2025-0311"), finance())
                .expectEvents(paid(TOTAL, ADVANCED, new BigDecimal("-429.50")));
        assertThat(stubs.settlements).containsExactly(ADVANCE + "/" + CLAIM + "/570.50/" + FINANCE + "/FINANCE");
    }

    @Test
    void paidWithASmallerAdvanceTheClaimPaysTheDifference_X9() {
        Stubs stubs = new Stubs();
        stubs.advances.put(ADVANCE, new ClaimAdvance(ENGINEER, TravelAdvanceStatus.PAID, new BigDecimal("500.00")));
        stubs.fixture()
                .given(submitted(ADVANCE), approved(1), audited(1, TOTAL))
                .when(new PayExpenseClaimCommand(CLAIM, 1, "PAY-2025-0311"), finance())
                .expectEvents(paid(TOTAL, new BigDecimal("500.00"), new BigDecimal("70.50")));
        assertThat(stubs.settlements).hasSize(1);
    }

    @Test
    void withoutAnAdvanceNothingIsSettled_X9() {
        Stubs stubs = new Stubs().withPaidAdvance(ENGINEER);
        stubs.fixture()
                .given(submitted(), approved(1), audited(1, TOTAL))
                .when(new PayExpenseClaimCommand(CLAIM, 1, "PAY-2025-0311"), finance())
                .expectEvents(paid(TOTAL, BigDecimal.ZERO, TOTAL));
        assertThat(stubs.settlements).isEmpty();
    }

    @Test
    void anAdvanceSettledMeanwhileStopsThePayment_X9() {
        Stubs stubs = new Stubs();
        stubs.advances.put(ADVANCE, new ClaimAdvance(ENGINEER, TravelAdvanceStatus.SETTLED, ADVANCED));
        stubs.fixture()
                .given(submitted(ADVANCE), approved(1), audited(1, TOTAL))
                .when(new PayExpenseClaimCommand(CLAIM, 1, "PAY-2025-0311"), finance())
                .expectException(violationOf(ExpenseClaimRule.EXPENSE_ADVANCE_NOT_OUTSTANDING))
                .expectNoEvents();
        assertThat(stubs.settlements).isEmpty();
    }

    @Test
    void onlyAPaidAdvanceIsOutstanding_X9() {
        assertThat(new ClaimAdvance(ENGINEER, TravelAdvanceStatus.PAID, ADVANCED).outstanding())
                .isTrue();
        for (TravelAdvanceStatus other : List.of(
                TravelAdvanceStatus.REQUESTED,
                TravelAdvanceStatus.APPROVED,
                TravelAdvanceStatus.REJECTED,
                TravelAdvanceStatus.SETTLED,
                TravelAdvanceStatus.RETURNED)) {
            assertThat(new ClaimAdvance(ENGINEER, other, ADVANCED).outstanding())
                    .isFalse();
        }
    }
}
