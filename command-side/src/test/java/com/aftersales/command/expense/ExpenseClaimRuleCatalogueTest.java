package com.aftersales.command.expense;

import static com.aftersales.command.common.RuleViolations.violationOf;
import static com.aftersales.command.expense.ExpenseClaimSamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.api.common.BusinessRuleViolation;
import com.aftersales.api.expense.ApproveExpenseClaimCommand;
import com.aftersales.api.expense.ApproveTravelAdvanceCommand;
import com.aftersales.api.expense.AuditExpenseClaimCommand;
import com.aftersales.api.expense.ClaimStage;
import com.aftersales.api.expense.DecideExpenseFlagCommand;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FlagDecision;
import com.aftersales.api.expense.FlagExpenseClaimCommand;
import com.aftersales.api.expense.InvoiceRef;
import com.aftersales.api.expense.NonReimbursableScope;
import com.aftersales.api.expense.PayExpenseClaimCommand;
import com.aftersales.api.expense.PayTravelAdvanceCommand;
import com.aftersales.api.expense.RecordAdvanceReturnCommand;
import com.aftersales.api.expense.RejectExpenseClaimCommand;
import com.aftersales.api.expense.RejectTravelAdvanceCommand;
import com.aftersales.api.expense.RequestTravelAdvanceCommand;
import com.aftersales.api.expense.ResubmitExpenseClaimCommand;
import com.aftersales.api.expense.SettleTravelAdvanceCommand;
import com.aftersales.api.expense.SubmitExpenseClaimCommand;
import com.aftersales.api.expense.TravelAdvanceStatus;
import com.aftersales.api.expense.Trip;
import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.command.common.RuleCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every refusal of the claim (X1, X2, X5, X6, X9, S1) and of the travel advance (X9, S1) has a
 * scenario that provokes it: literal given events, a command with the actor's metadata, and
 * exactly that rule id and code with no event. A new {@link ExpenseClaimRule} or {@link
 * TravelAdvanceRule} without a scenario fails here.
 */
class ExpenseClaimRuleCatalogueTest {

    /** A scenario refuses with its rule and records nothing. */
    interface Scenario {
        void refusedWith(RuleCode rule);
    }

    private static final PenaltyId PENALTY = new PenaltyId("5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c");
    private static final Map<RuleCode, List<Scenario>> CATALOGUE = catalogue();

    @ParameterizedTest(name = "{0}")
    @EnumSource(ExpenseClaimRule.class)
    void everyClaimRuleCodeNamesAnExpenseRuleAndACodeOfItsOwn(ExpenseClaimRule rule) {
        assertThat(rule.ruleId()).isIn("X1", "X2", "X5", "X6", "X9", "S1");
        assertThat(rule.code()).isEqualTo(rule.name()).startsWith("EXPENSE_");
        assertThat(rule.violation("why").code()).isEqualTo(rule.code());
        assertThat(CATALOGUE.get(rule)).as("refusal scenarios for %s", rule).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TravelAdvanceRule.class)
    void everyAdvanceRuleCodeNamesAnAdvanceRuleAndACodeOfItsOwn(TravelAdvanceRule rule) {
        assertThat(rule.ruleId()).isIn("X9", "S1");
        assertThat(rule.code()).isEqualTo(rule.name()).startsWith("ADVANCE_");
        assertThat(rule.violation("why").code()).isEqualTo(rule.code());
        assertThat(CATALOGUE.get(rule)).as("refusal scenarios for %s", rule).isNotEmpty();
    }

    static Stream<Arguments> scenarios() {
        List<Arguments> all = new ArrayList<>();
        CATALOGUE.forEach((rule, scenarios) -> {
            for (int i = 0; i < scenarios.size(); i++) {
                all.add(Arguments.of(Named.of(rule + " #" + (i + 1), rule), scenarios.get(i)));
            }
        });
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theScenarioIsRefusedWithItsRuleAndNothingIsRecorded(RuleCode rule, Scenario scenario) {
        scenario.refusedWith(rule);
    }

    private static Scenario claim(List<Object> given, Object command, Map<String, ?> metaData) {
        return rule -> fixture()
                .given(given)
                .when(command, metaData)
                .expectException(violationOf(rule))
                .expectNoEvents();
    }

    private static Scenario advance(List<Object> given, Object command, Map<String, ?> metaData) {
        return rule -> TravelAdvanceTest.advanceFixture()
                .given(given)
                .when(command, metaData)
                .expectException(violationOf(rule))
                .expectNoEvents();
    }

    private static Scenario submitting(Trip trip, List<ExpenseLine> lines) {
        return claim(List.of(), new SubmitExpenseClaimCommand(CLAIM, trip, lines, null), engineer());
    }

    private static Scenario submittingLine(ExpenseLine line) {
        return submitting(TRIP, List.of(line));
    }

    private static ExpenseLine lineWith(
            ExpenseLineCategory category, InvoiceRef invoice, String issuer, LocalDate date, String city) {
        return new ExpenseLine(1, category, invoice, issuer, date, city, MEALS, RECEIPT, null);
    }

    private static DecideExpenseFlagCommand decide(
            String flagId, FlagDecision decision, String reason, NonReimbursableScope scope, PenaltyId penalty) {
        return new DecideExpenseFlagCommand(CLAIM, flagId, decision, reason, scope, penalty, null);
    }

    private static RequestTravelAdvanceCommand request(LocalDate start, LocalDate end, BigDecimal amount, String city) {
        return new RequestTravelAdvanceCommand(ADVANCE, city, start, end, amount, null);
    }

    private static Map<RuleCode, List<Scenario>> catalogue() {
        Map<RuleCode, List<Scenario>> c = new LinkedHashMap<>();
        List<Object> submitted = List.of(submitted());
        List<Object> flaggedNow = List.of(submitted(), flagged(1, "F-1", 1));
        List<Object> approvedNow = List.of(submitted(), approved(1));
        List<Object> auditedNow = List.of(submitted(), approved(1), audited(1, TOTAL));
        List<Object> rejectedNow = List.of(submitted(), rejected(1, ClaimStage.SUPERVISOR_APPROVAL, SUPERVISOR));
        LocalDate day = LocalDate.parse("2025-03-04");
        InvoiceRef invoice = new InvoiceRef(null, "25322000000012345678");

        // X1
        c.put(
                ExpenseClaimRule.EXPENSE_CLAIMANT_ROLE,
                List.of(
                        claim(List.of(), new SubmitExpenseClaimCommand(CLAIM, TRIP, LINES, null), supervisor()),
                        claim(
                                rejectedNow,
                                new ResubmitExpenseClaimCommand(CLAIM, 1, TRIP, LINES, null),
                                as(ENGINEER.value(), "SUPERVISOR"))));
        c.put(
                ExpenseClaimRule.EXPENSE_TRIP_REQUIRED,
                List.of(
                        submitting(null, LINES),
                        submitting(new Trip(" ", List.of(), day, day, List.of(), null), LINES),
                        submitting(new Trip(null, List.of(), day, day, List.of(), null), LINES),
                        submitting(new Trip("苏州", List.of(), null, day, List.of(), null), LINES),
                        submitting(new Trip("苏州", List.of(), day, null, List.of(), null), LINES)));
        c.put(
                ExpenseClaimRule.EXPENSE_TRIP_DATES,
                List.of(
                        submitting(new Trip("苏州", List.of(), day, day.minusDays(1), List.of(), null), LINES),
                        claim(
                                rejectedNow,
                                new ResubmitExpenseClaimCommand(
                                        CLAIM,
                                        1,
                                        new Trip("苏州", List.of(), day, day.minusDays(1), List.of(), null),
                                        LINES,
                                        null),
                                engineer())));
        c.put(
                ExpenseClaimRule.EXPENSE_TRIP_TOO_LONG,
                List.of(submitting(new Trip("苏州", List.of(), day, day.plusDays(60), List.of(), null), LINES)));
        c.put(ExpenseClaimRule.EXPENSE_LINE_COUNT, List.of(submitting(TRIP, List.of())));
        c.put(
                ExpenseClaimRule.EXPENSE_LINE_NUMBERS,
                List.of(
                        submitting(TRIP, List.of(line(2, ExpenseLineCategory.MEALS, MEALS))),
                        submitting(TRIP, List.of(LINES.get(0), LINES.get(0)))));
        c.put(
                ExpenseClaimRule.EXPENSE_LINE_INCOMPLETE,
                List.of(
                        submittingLine(lineWith(null, invoice, "酒店", day, "苏州")),
                        submittingLine(lineWith(ExpenseLineCategory.MEALS, null, "酒店", day, "苏州")),
                        submittingLine(lineWith(ExpenseLineCategory.MEALS, invoice, " ", day, "苏州")),
                        submittingLine(lineWith(ExpenseLineCategory.MEALS, invoice, null, day, "苏州")),
                        submittingLine(lineWith(ExpenseLineCategory.MEALS, invoice, "酒店", null, "苏州")),
                        submittingLine(lineWith(ExpenseLineCategory.MEALS, invoice, "酒店", day, "")),
                        submittingLine(lineWith(ExpenseLineCategory.MEALS, invoice, "酒店", day, null)),
                        submittingLine(new ExpenseLine(
                                1, ExpenseLineCategory.MEALS, invoice, "酒店", day, "苏州", MEALS, null, null))));
        c.put(
                ExpenseClaimRule.EXPENSE_LINE_AMOUNT,
                List.of(
                        submittingLine(line(1, ExpenseLineCategory.MEALS, null)),
                        submittingLine(line(1, ExpenseLineCategory.MEALS, new BigDecimal("0.00"))),
                        submittingLine(line(1, ExpenseLineCategory.MEALS, new BigDecimal("1.005")))));
        c.put(
                ExpenseClaimRule.EXPENSE_INVOICE_MALFORMED,
                List.of(
                        rule -> assertThatThrownBy(() -> ClaimLines.invoice("0440019001", "1234567"))
                                .isInstanceOfSatisfying(
                                        BusinessRuleViolation.class,
                                        v -> assertThat(v)
                                                .is(new org.assertj.core.api.HamcrestCondition<>(violationOf(rule))))
                                .hasMessageContaining("'0440019001' '1234567'"),
                        rule -> assertThatThrownBy(() -> ClaimLines.invoice(null, "2532200000001234567"))
                                .isInstanceOfSatisfying(
                                        BusinessRuleViolation.class,
                                        v -> assertThat(v)
                                                .is(new org.assertj.core.api.HamcrestCondition<>(violationOf(rule))))));
        // X2
        c.put(
                ExpenseClaimRule.EXPENSE_CLAIM_EXISTS,
                List.of(claim(submitted, new SubmitExpenseClaimCommand(CLAIM, TRIP, LINES, null), engineer())));
        c.put(
                ExpenseClaimRule.EXPENSE_STEP_ROLE,
                List.of(
                        claim(submitted, new ApproveExpenseClaimCommand(CLAIM, 1, null), finance()),
                        claim(approvedNow, new AuditExpenseClaimCommand(CLAIM, 1, null), supervisor()),
                        claim(auditedNow, new PayExpenseClaimCommand(CLAIM, 1, "P"), as("U-MGR-1", "MANAGER")),
                        claim(submitted, new RejectExpenseClaimCommand(CLAIM, 1, "x"), finance()),
                        claim(flaggedNow, decide("F-1", FlagDecision.DISMISSED, "x", null, null), supervisor())));
        c.put(
                ExpenseClaimRule.EXPENSE_STEP_OUT_OF_ORDER,
                List.of(
                        claim(approvedNow, new ApproveExpenseClaimCommand(CLAIM, 1, null), supervisor()),
                        claim(submitted, new AuditExpenseClaimCommand(CLAIM, 1, null), finance()),
                        claim(approvedNow, new PayExpenseClaimCommand(CLAIM, 1, "P"), finance()),
                        claim(submitted, new ResubmitExpenseClaimCommand(CLAIM, 1, TRIP, LINES, null), engineer()),
                        claim(rejectedNow, new RejectExpenseClaimCommand(CLAIM, 1, "x"), supervisor())));
        c.put(
                ExpenseClaimRule.EXPENSE_STALE_VERSION,
                List.of(claim(submitted, new ApproveExpenseClaimCommand(CLAIM, 2, null), supervisor())));
        c.put(
                ExpenseClaimRule.EXPENSE_REASON_REQUIRED,
                List.of(
                        claim(submitted, new RejectExpenseClaimCommand(CLAIM, 1, " "), supervisor()),
                        claim(approvedNow, new RejectExpenseClaimCommand(CLAIM, 1, null), finance())));
        c.put(
                ExpenseClaimRule.EXPENSE_NOT_CLAIMANT,
                List.of(claim(
                        rejectedNow,
                        new ResubmitExpenseClaimCommand(CLAIM, 1, TRIP, LINES, null),
                        as("U-ENG-LI", "ENGINEER"))));
        c.put(
                ExpenseClaimRule.EXPENSE_PAYMENT_REFERENCE_REQUIRED,
                List.of(
                        claim(auditedNow, new PayExpenseClaimCommand(CLAIM, 1, " "), finance()),
                        claim(auditedNow, new PayExpenseClaimCommand(CLAIM, 1, null), finance())));
        // X5
        c.put(
                ExpenseClaimRule.EXPENSE_FLAG_BY_SYSTEM_ONLY,
                List.of(claim(submitted, new FlagExpenseClaimCommand(CLAIM, 1, List.of(flag("F-1", 1))), finance())));
        c.put(
                ExpenseClaimRule.EXPENSE_FLAG_VERSION_UNKNOWN,
                List.of(
                        claim(submitted, new FlagExpenseClaimCommand(CLAIM, 2, List.of(flag("F-1", 1))), system()),
                        claim(submitted, new FlagExpenseClaimCommand(CLAIM, 0, List.of(flag("F-1", 1))), system())));
        // X6
        c.put(
                ExpenseClaimRule.EXPENSE_FLAGS_OPEN,
                List.of(claim(
                        List.of(submitted(), flagged(1, "F-1", 1), approved(1)),
                        new AuditExpenseClaimCommand(CLAIM, 1, null),
                        finance())));
        c.put(
                ExpenseClaimRule.EXPENSE_FLAG_UNKNOWN,
                List.of(claim(flaggedNow, decide("F-2", FlagDecision.DISMISSED, "x", null, null), finance())));
        c.put(
                ExpenseClaimRule.EXPENSE_FLAG_ALREADY_DECIDED,
                List.of(claim(
                        List.of(submitted(), flagged(1, "F-1", 1), ExpenseClaimTest.dismissed(1, "F-1", 1)),
                        decide("F-1", FlagDecision.DISMISSED, "x", null, null),
                        finance())));
        c.put(
                ExpenseClaimRule.EXPENSE_DECISION_INCOMPLETE,
                List.of(
                        claim(flaggedNow, decide("F-1", null, "x", null, null), finance()),
                        claim(flaggedNow, decide("F-1", FlagDecision.DISMISSED, " ", null, null), finance()),
                        claim(
                                flaggedNow,
                                decide("F-1", FlagDecision.CONFIRMED, null, NonReimbursableScope.LINE, PENALTY),
                                finance())));
        c.put(
                ExpenseClaimRule.EXPENSE_CONFIRMATION_INCOMPLETE,
                List.of(
                        claim(flaggedNow, decide("F-1", FlagDecision.CONFIRMED, "x", null, PENALTY), finance()),
                        claim(
                                flaggedNow,
                                decide("F-1", FlagDecision.CONFIRMED, "x", NonReimbursableScope.LINE, null),
                                finance())));
        c.put(
                ExpenseClaimRule.EXPENSE_DECISION_AFTER_AUDIT,
                List.of(claim(
                        List.of(submitted(), flagged(1, "F-1", 1), approved(1), audited(1, TOTAL)),
                        decide("F-1", FlagDecision.DISMISSED, "x", null, null),
                        finance())));
        // X9
        Stubs notPaid = new Stubs();
        notPaid.advances.put(ADVANCE, new ClaimAdvance(ENGINEER, TravelAdvanceStatus.APPROVED, ADVANCED));
        c.put(
                ExpenseClaimRule.EXPENSE_ADVANCE_NOT_OUTSTANDING,
                List.of(
                        rule -> new Stubs()
                                .fixture()
                                .givenNoPriorActivity()
                                .when(new SubmitExpenseClaimCommand(CLAIM, TRIP, LINES, ADVANCE), engineer())
                                .expectException(violationOf(rule))
                                .expectNoEvents(),
                        rule -> notPaid.fixture()
                                .givenNoPriorActivity()
                                .when(new SubmitExpenseClaimCommand(CLAIM, TRIP, LINES, ADVANCE), engineer())
                                .expectException(violationOf(rule))
                                .expectNoEvents()));
        c.put(
                ExpenseClaimRule.EXPENSE_ADVANCE_OF_ANOTHER,
                List.of(rule -> new Stubs()
                        .withPaidAdvance(new com.aftersales.api.common.UserId("U-ENG-LI"))
                        .fixture()
                        .givenNoPriorActivity()
                        .when(new SubmitExpenseClaimCommand(CLAIM, TRIP, LINES, ADVANCE), engineer())
                        .expectException(violationOf(rule))
                        .expectNoEvents()));
        // S1
        String own = ENGINEER.value();
        c.put(
                ExpenseClaimRule.EXPENSE_OWN_CLAIM,
                List.of(
                        claim(submitted, new ApproveExpenseClaimCommand(CLAIM, 1, null), as(own, "SUPERVISOR")),
                        claim(approvedNow, new RejectExpenseClaimCommand(CLAIM, 1, "x"), as(own, "FINANCE")),
                        claim(approvedNow, new AuditExpenseClaimCommand(CLAIM, 1, null), as(own, "FINANCE")),
                        claim(auditedNow, new PayExpenseClaimCommand(CLAIM, 1, "P"), as(own, "FINANCE")),
                        claim(flaggedNow, decide("F-1", FlagDecision.DISMISSED, "x", null, null), as(own, "FINANCE"))));

        // the travel advance
        LocalDate start = TravelAdvanceTest.TRIP_START;
        LocalDate end = TravelAdvanceTest.TRIP_END;
        List<Object> requested = List.of(TravelAdvanceTest.requested());
        List<Object> approvedAdvance = List.of(TravelAdvanceTest.requested(), TravelAdvanceTest.approvedAdvance());
        List<Object> paid = List.of(
                TravelAdvanceTest.requested(), TravelAdvanceTest.approvedAdvance(), TravelAdvanceTest.paidAdvance());
        List<Object> settledWithDue = List.of(
                TravelAdvanceTest.requested(),
                TravelAdvanceTest.approvedAdvance(),
                TravelAdvanceTest.paidAdvance(),
                TravelAdvanceTest.settled(TOTAL, new BigDecimal("429.50")));
        c.put(
                TravelAdvanceRule.ADVANCE_ROLE,
                List.of(
                        advance(List.of(), request(start, end, ADVANCED, "苏州"), supervisor()),
                        advance(requested, new ApproveTravelAdvanceCommand(ADVANCE, null), finance()),
                        advance(approvedAdvance, new PayTravelAdvanceCommand(ADVANCE, "P"), supervisor()),
                        advance(paid, new SettleTravelAdvanceCommand(ADVANCE, CLAIM, TOTAL), supervisor()),
                        advance(requested, new RejectTravelAdvanceCommand(ADVANCE, "x"), finance()),
                        advance(
                                settledWithDue,
                                new RecordAdvanceReturnCommand(ADVANCE, new BigDecimal("429.50"), "R"),
                                supervisor())));
        c.put(
                TravelAdvanceRule.ADVANCE_EXISTS,
                List.of(advance(requested, request(start, end, ADVANCED, "苏州"), engineer())));
        c.put(
                TravelAdvanceRule.ADVANCE_TRIP_REQUIRED,
                List.of(
                        advance(List.of(), request(start, end, ADVANCED, " "), engineer()),
                        advance(List.of(), request(start, end, ADVANCED, null), engineer()),
                        advance(List.of(), request(null, end, ADVANCED, "苏州"), engineer()),
                        advance(List.of(), request(start, null, ADVANCED, "苏州"), engineer()),
                        advance(List.of(), request(end, start, ADVANCED, "苏州"), engineer())));
        c.put(
                TravelAdvanceRule.ADVANCE_AFTER_TRIP_START,
                List.of(advance(List.of(), request(LocalDate.parse("2025-03-09"), end, ADVANCED, "苏州"), engineer())));
        c.put(
                TravelAdvanceRule.ADVANCE_AMOUNT,
                List.of(
                        advance(List.of(), request(start, end, null, "苏州"), engineer()),
                        advance(List.of(), request(start, end, BigDecimal.ZERO, "苏州"), engineer()),
                        advance(List.of(), request(start, end, new BigDecimal("0.001"), "苏州"), engineer())));
        c.put(
                TravelAdvanceRule.ADVANCE_STEP_OUT_OF_ORDER,
                List.of(
                        advance(approvedAdvance, new ApproveTravelAdvanceCommand(ADVANCE, null), supervisor()),
                        advance(requested, new PayTravelAdvanceCommand(ADVANCE, "P"), finance()),
                        advance(approvedAdvance, new SettleTravelAdvanceCommand(ADVANCE, CLAIM, TOTAL), finance()),
                        advance(paid, new RejectTravelAdvanceCommand(ADVANCE, "x"), finance()),
                        advance(paid, new RecordAdvanceReturnCommand(ADVANCE, ADVANCED, "R"), finance())));
        c.put(
                TravelAdvanceRule.ADVANCE_TRIP_OVER,
                List.of(advance(
                        List.of(TravelAdvanceTest.requested(
                                LocalDate.parse("2025-03-07"), LocalDate.parse("2025-03-09"))),
                        new ApproveTravelAdvanceCommand(ADVANCE, null),
                        supervisor())));
        c.put(
                TravelAdvanceRule.ADVANCE_REASON_REQUIRED,
                List.of(
                        advance(requested, new RejectTravelAdvanceCommand(ADVANCE, " "), supervisor()),
                        advance(approvedAdvance, new PayTravelAdvanceCommand(ADVANCE, null), finance()),
                        advance(
                                settledWithDue,
                                new RecordAdvanceReturnCommand(ADVANCE, new BigDecimal("429.50"), ""),
                                finance())));
        c.put(
                TravelAdvanceRule.ADVANCE_ALREADY_SETTLED,
                List.of(advance(settledWithDue, new SettleTravelAdvanceCommand(ADVANCE, CLAIM, TOTAL), finance())));
        c.put(
                TravelAdvanceRule.ADVANCE_RETURN_AMOUNT,
                List.of(
                        advance(settledWithDue, new RecordAdvanceReturnCommand(ADVANCE, null, "R"), finance()),
                        advance(
                                settledWithDue,
                                new RecordAdvanceReturnCommand(ADVANCE, new BigDecimal("429.51"), "R"),
                                finance())));
        c.put(
                TravelAdvanceRule.ADVANCE_OWN,
                List.of(
                        advance(requested, new ApproveTravelAdvanceCommand(ADVANCE, null), as(own, "SUPERVISOR")),
                        advance(paid, new SettleTravelAdvanceCommand(ADVANCE, CLAIM, TOTAL), as(own, "FINANCE"))));

        return c;
    }
}
