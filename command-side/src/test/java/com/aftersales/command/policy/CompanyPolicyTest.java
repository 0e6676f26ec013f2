package com.aftersales.command.policy;

import static com.aftersales.command.common.RuleViolations.violationOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.api.policy.ChangePolicySettingsCommand;
import com.aftersales.api.policy.CityTier;
import com.aftersales.api.policy.ComplaintSettings;
import com.aftersales.api.policy.ExpenseCaps;
import com.aftersales.api.policy.ExpenseCategory;
import com.aftersales.api.policy.PolicyId;
import com.aftersales.api.policy.PolicySettings;
import com.aftersales.api.policy.PolicySettingsChangedEvent;
import com.aftersales.api.policy.RepairSettings;
import com.aftersales.api.policy.ReviewSettings;
import com.aftersales.api.policy.TicketSlaSettings;
import com.aftersales.api.ticket.Urgency;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@link CompanyPolicy}: settings as numbered versions (S3: each change an event with its
 * reason), each family checked against the rule it tunes (T3, T10, R2, R4, R6, R12, C4, X5). The
 * settings of these tests are the defaults of RULES.
 */
class CompanyPolicyTest {

    private AggregateTestFixture<CompanyPolicy> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CompanyPolicy.class);
    }

    // ---------------------------------------------------------------- versions

    @Test
    void theFirstChangeIsVersion1AndCreatesThePolicy_S3() {
        fixture.givenNoPriorActivity()
                .when(change(0, defaults(), "defaults of RULES"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PolicySettingsChangedEvent(PolicyId.COMPANY, 1, defaults(), "defaults of RULES"))
                .expectState(policy -> assertThat(policy).isNotNull());
    }

    @Test
    void eachChangeIsTheNextVersionCarryingTheWholeSettings_S3() {
        PolicySettings longerWindow = defaults(d -> repair(d, 24, 3, 1, 7, 3, 120));
        fixture.given(version(1, defaults()))
                .when(change(1, longerWindow, "  repeat window 120 days from April  "))
                .expectEvents(new PolicySettingsChangedEvent(
                        PolicyId.COMPANY, 2, longerWindow, "repeat window 120 days from April"));
    }

    @Test
    void aThirdVersionFollowsTheSecond_S3() {
        PolicySettings second = defaults(d -> repair(d, 24, 3, 1, 7, 3, 120));
        fixture.given(version(1, defaults()), version(2, second))
                .when(change(2, defaults(), "back to the defaults"))
                .expectEvents(new PolicySettingsChangedEvent(PolicyId.COMPANY, 3, defaults(), "back to the defaults"));
    }

    @Test
    void aStaleExpectedVersionIsRefusedNamingTheCurrentOne_S3() {
        fixture.given(version(1, defaults()), version(2, defaults(d -> complaint(d, 3))))
                .when(change(1, defaults(d -> complaint(d, 4)), "feedback in 4 days"))
                .expectException(violationOf(PolicyRule.STALE_POLICY_VERSION))
                .expectExceptionMessage("the policy is at version 2, not 1: reload and retry")
                .expectNoEvents();
    }

    @Test
    void anExpectedVersionAheadOfThePolicyIsRefused_S3() {
        fixture.given(version(1, defaults()))
                .when(change(2, defaults(d -> complaint(d, 3)), "feedback in 3 days"))
                .expectException(violationOf(PolicyRule.STALE_POLICY_VERSION))
                .expectNoEvents();
    }

    @Test
    void theFirstChangeMustExpectVersion0_S3() {
        fixture.givenNoPriorActivity()
                .when(change(1, defaults(), "defaults"))
                .expectException(violationOf(PolicyRule.STALE_POLICY_VERSION))
                .expectExceptionMessage("the policy is at version 0, not 1: reload and retry")
                .expectNoEvents();
    }

    @Test
    void aSecondVersion1IsRefused_S3() {
        // what a second node starting at the same time meets once the first has committed
        fixture.given(version(1, defaults()))
                .when(change(0, defaults(d -> complaint(d, 3)), "defaults"))
                .expectException(violationOf(PolicyRule.STALE_POLICY_VERSION))
                .expectNoEvents();
    }

    @Test
    void aChangeWithoutAReasonIsRefused_S3() {
        fixture.given(version(1, defaults()))
                .when(change(1, defaults(d -> complaint(d, 3)), null))
                .expectException(violationOf(PolicyRule.POLICY_REASON_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void aChangeWithABlankReasonIsRefused_S3() {
        fixture.given(version(1, defaults()))
                .when(change(1, defaults(d -> complaint(d, 3)), " \t "))
                .expectException(violationOf(PolicyRule.POLICY_REASON_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void theSameSettingsAgainAreRefused_S3() {
        fixture.given(version(1, defaults()))
                .when(change(1, defaults(), "again"))
                .expectException(violationOf(PolicyRule.POLICY_UNCHANGED))
                .expectNoEvents();
    }

    @Test
    void thereIsOnePolicyForTheWholeCompany() {
        assertThat(change(0, defaults(), "x").policyId()).isEqualTo(PolicyId.COMPANY);
        assertThat(PolicyId.COMPANY).hasToString("company-policy");
        assertThatThrownBy(() -> new ChangePolicySettingsCommand(new PolicyId("other"), 0, defaults(), "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---------------------------------------------------------------- T3 and T10

    @Test
    void aResponseTimeOfExactly24HoursIsAllowed_T3() {
        PolicySettings longest = defaults(d -> sla(
                d,
                Map.of(Urgency.URGENT, hours(24), Urgency.NORMAL, hours(24), Urgency.LOW, hours(24)),
                Map.of(Urgency.URGENT, hours(24)),
                hours(4)));
        fixture.given(version(1, defaults()))
                .when(change(1, longest, "everything within a day"))
                .expectEvents(new PolicySettingsChangedEvent(PolicyId.COMPANY, 2, longest, "everything within a day"));
    }

    @Test
    void aResponseTimeOver24HoursIsRefused_T3() {
        refused(
                sla(Map.of(Urgency.URGENT, hours(2), Urgency.NORMAL, hours(4), Urgency.LOW, Duration.ofMinutes(1441))),
                PolicyRule.RESPONSE_TIME_INVALID);
    }

    @Test
    void aMissingResponseTimeIsRefused_T3() {
        refused(sla(Map.of(Urgency.URGENT, hours(2), Urgency.NORMAL, hours(4))), PolicyRule.RESPONSE_TIME_INVALID);
    }

    @Test
    void aResponseTimeOfZeroIsRefused_T3() {
        refused(
                sla(Map.of(Urgency.URGENT, Duration.ZERO, Urgency.NORMAL, hours(4), Urgency.LOW, hours(24))),
                PolicyRule.RESPONSE_TIME_INVALID);
    }

    @Test
    void aNegativeResponseTimeIsRefused_T3() {
        refused(
                sla(Map.of(Urgency.URGENT, hours(-1), Urgency.NORMAL, hours(4), Urgency.LOW, hours(24))),
                PolicyRule.RESPONSE_TIME_INVALID);
    }

    @Test
    void aPlanShorterThanTheResponseIsRefused_T3() {
        refused(
                d -> sla(
                        d,
                        d.ticketSla().responseWithin(),
                        Map.of(Urgency.URGENT, Duration.ofMinutes(119), Urgency.NORMAL, hours(24)),
                        hours(4)),
                PolicyRule.PLAN_TIME_INVALID);
    }

    @Test
    void aPlanAsLongAsTheResponseAndNoPlanAtAllAreAllowed_T3() {
        PolicySettings settings =
                defaults(d -> sla(d, d.ticketSla().responseWithin(), Map.of(Urgency.URGENT, hours(2)), hours(4)));
        fixture.given(version(1, defaults()))
                .when(change(1, settings, "plan only for URGENT"))
                .expectEvents(new PolicySettingsChangedEvent(PolicyId.COMPANY, 2, settings, "plan only for URGENT"));
    }

    @Test
    void aLoanerClockOfZeroIsRefused_T10() {
        refused(
                d -> sla(d, d.ticketSla().responseWithin(), d.ticketSla().planWithin(), Duration.ZERO),
                PolicyRule.LOANER_TIME_INVALID);
    }

    @Test
    void aLoanerClockOfOneMinuteIsAllowed_T10() {
        allowed(d -> sla(d, d.ticketSla().responseWithin(), d.ticketSla().planWithin(), Duration.ofMinutes(1)));
    }

    // ---------------------------------------------------------------- R2, R4, R6, R12, C4

    @Test
    void aWarrantyOfZeroMonthsIsRefused_R2() {
        refused(d -> repair(d, 0, 3, 1, 7, 3, 90), PolicyRule.WARRANTY_MONTHS_INVALID);
    }

    @Test
    void aWarrantyExtensionOfZeroMonthsIsRefused_R2() {
        refused(d -> repair(d, 24, 0, 1, 7, 3, 90), PolicyRule.WARRANTY_MONTHS_INVALID);
    }

    @Test
    void noReInspectionAtAllIsRefused_R4() {
        refused(d -> repair(d, 24, 3, 0, 7, 3, 90), PolicyRule.RE_INSPECTION_LIMIT_INVALID);
    }

    @Test
    void anUrgentRepairTimeOfZeroIsRefused_R6() {
        refused(d -> repair(d, 24, 3, 1, 7, 0, 90), PolicyRule.REPAIR_DAYS_INVALID);
    }

    @Test
    void anUrgentRepairLongerThanTheOrdinaryOneIsRefused_R6() {
        refused(d -> repair(d, 24, 3, 1, 3, 4, 90), PolicyRule.REPAIR_DAYS_INVALID);
    }

    @Test
    void theSmallestNumbersAreAllowed_R2_R4_R6_R12_C4() {
        allowed(d -> complaint(repair(d, 1, 1, 1, 1, 1, 1), 1));
    }

    @Test
    void aRepeatWindowOfZeroDaysIsRefused_R12() {
        refused(d -> repair(d, 24, 3, 1, 7, 3, 0), PolicyRule.REPEAT_WINDOW_INVALID);
    }

    @Test
    void anUrgentDiagnosisTimeOfZeroIsRefused_R3() {
        refused(d -> repairTerms(d, 24, 0, 1, 3, 10, 10, 7, 15, 10, 24), PolicyRule.DIAGNOSIS_HOURS_INVALID);
    }

    @Test
    void anUrgentDiagnosisLongerThanTheOrdinaryOneIsRefused_R3() {
        refused(d -> repairTerms(d, 4, 5, 1, 3, 10, 10, 7, 15, 10, 24), PolicyRule.DIAGNOSIS_HOURS_INVALID);
    }

    @Test
    void aCustomerNoticeAfterZeroDaysIsRefused_R3() {
        refused(d -> repairTerms(d, 24, 4, 0, 3, 10, 10, 7, 15, 10, 24), PolicyRule.CUSTOMER_NOTICE_DAYS_INVALID);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void aManagementFeeOutsideZeroToHundredPercentIsRefused_R5(int percent) {
        refused(d -> repairTerms(d, 24, 4, 1, 3, 10, percent, 7, 15, 10, 24), PolicyRule.MANAGEMENT_FEE_INVALID);
    }

    @Test
    void chasingAStationAfterZeroDaysIsRefused_R7() {
        refused(d -> repairTerms(d, 24, 4, 1, 0, 10, 10, 7, 15, 10, 24), PolicyRule.CHASE_DAYS_INVALID);
    }

    @Test
    void anExchangePeriodOrDepreciationOfZeroIsRefused_R9() {
        refused(d -> repairTerms(d, 24, 4, 1, 3, 10, 10, 0, 15, 10, 24), PolicyRule.EXCHANGE_TERMS_INVALID);
        refused(d -> repairTerms(d, 24, 4, 1, 3, 10, 10, 7, 15, 10, 0), PolicyRule.EXCHANGE_TERMS_INVALID);
    }

    @Test
    void aRefundPeriodOrDelayOfZeroIsRefused_R10() {
        refused(d -> repairTerms(d, 24, 4, 1, 3, 10, 10, 7, 0, 10, 24), PolicyRule.REFUND_TERMS_INVALID);
        refused(d -> repairTerms(d, 24, 4, 1, 3, 10, 10, 7, 15, 0, 24), PolicyRule.REFUND_TERMS_INVALID);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void aSamplingRateOutsideZeroToHundredPercentIsRefused_R14(int percent) {
        refused(d -> repairTerms(d, 24, 4, 1, 3, percent, 10, 7, 15, 10, 24), PolicyRule.SAMPLING_PERCENT_INVALID);
    }

    @Test
    void theEdgesOfTheRepairTermsAreAllowed_R3_R5_R7_R9_R10_R14() {
        allowed(d -> repairTerms(d, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1));
        allowed(d -> repairTerms(d, 4, 4, 1, 1, 100, 100, 1, 1, 1, 1));
    }

    @Test
    void complaintFeedbackAfterZeroDaysIsRefused_C4() {
        refused(d -> complaint(d, 0), PolicyRule.FEEDBACK_DAYS_INVALID);
    }

    // ---------------------------------------------------------------- X5

    @Test
    void aCapOfZeroIsRefused_X5() {
        refused(d -> cap(d, ExpenseCategory.MEALS, CityTier.OTHER, BigDecimal.ZERO), PolicyRule.EXPENSE_CAP_INVALID);
    }

    @Test
    void aMissingCapIsRefused_X5() {
        refused(d -> cap(d, ExpenseCategory.TRANSPORT, CityTier.TIER_2, null), PolicyRule.EXPENSE_CAP_INVALID);
    }

    @Test
    void aCategoryWithoutCapsIsRefused_X5() {
        Map<ExpenseCategory, Map<CityTier, BigDecimal>> caps =
                new EnumMap<>(defaults().expenseCaps().dailyCap());
        caps.remove(ExpenseCategory.LODGING);
        refused(
                d -> new PolicySettings(d.ticketSla(), d.repair(), d.complaint(), new ExpenseCaps(caps)),
                PolicyRule.EXPENSE_CAP_INVALID);
    }

    @Test
    void aCapFinerThanAFenIsRefused_X5() {
        refused(
                d -> cap(d, ExpenseCategory.MEALS, CityTier.TIER_1, new BigDecimal("99.999")),
                PolicyRule.EXPENSE_CAP_INVALID);
    }

    @Test
    void theSameCapWrittenAnotherWayIsNoChange_X5() {
        fixture.given(version(1, defaults()))
                .when(change(
                        1,
                        defaults(d -> cap(d, ExpenseCategory.LODGING, CityTier.TIER_1, new BigDecimal("5E+2"))),
                        "r"))
                .expectException(violationOf(PolicyRule.POLICY_UNCHANGED))
                .expectNoEvents();
        assertThat(defaults(d -> cap(d, ExpenseCategory.MEALS, CityTier.OTHER, new BigDecimal("60.00"))))
                .isEqualTo(defaults());
        assertThat(defaults(d -> cap(d, ExpenseCategory.MEALS, CityTier.OTHER, new BigDecimal("60.50")))
                        .expenseCaps()
                        .capOf(ExpenseCategory.MEALS, CityTier.OTHER))
                .isEqualByComparingTo("60.5")
                .hasToString("60.5");
    }

    @Test
    void aCapOfOneFenIsAllowed_X5() {
        allowed(d -> cap(d, ExpenseCategory.LODGING, CityTier.TIER_1, new BigDecimal("0.01")));
    }

    // ---------------------------------------------------------------- E1, E2

    @Test
    void E1_aWeightBelowZeroIsRefusedEvenWhenTheyAllSumTo100() {
        refused(d -> review(d, -10, 40, 45, 25, 10, 5, 10), PolicyRule.REVIEW_WEIGHTS_INVALID);
        refused(d -> review(d, 40, -10, 45, 25, 10, 5, 10), PolicyRule.REVIEW_WEIGHTS_INVALID);
        refused(d -> review(d, 40, 45, -10, 25, 10, 5, 10), PolicyRule.REVIEW_WEIGHTS_INVALID);
        refused(d -> review(d, 40, 45, 25, -10, 10, 5, 10), PolicyRule.REVIEW_WEIGHTS_INVALID);
    }

    @Test
    void E1_aWeightAbove100IsRefusedEvenWhenTheyAllSumTo100() {
        refused(d -> review(d, 110, -10, 0, 0, 10, 5, 10), PolicyRule.REVIEW_WEIGHTS_INVALID);
        refused(d -> review(d, -10, 110, 0, 0, 10, 5, 10), PolicyRule.REVIEW_WEIGHTS_INVALID);
        refused(d -> review(d, 0, -10, 110, 0, 10, 5, 10), PolicyRule.REVIEW_WEIGHTS_INVALID);
        refused(d -> review(d, 0, 0, -10, 110, 10, 5, 10), PolicyRule.REVIEW_WEIGHTS_INVALID);
    }

    @ParameterizedTest
    @ValueSource(ints = {99, 101})
    void E1_weightsThatDoNotSumTo100AreRefused(int sum) {
        refused(d -> review(d, 30, 20, 25, sum - 75, 10, 5, 10), PolicyRule.REVIEW_WEIGHTS_INVALID);
    }

    @Test
    void E1_theEdgesOfTheWeightsAreAllowed() {
        allowed(d -> review(d, 100, 0, 0, 0, 10, 5, 10));
        allowed(d -> review(d, 0, 100, 0, 0, 10, 5, 10));
        allowed(d -> review(d, 0, 0, 100, 0, 10, 5, 10));
        allowed(d -> review(d, 0, 0, 0, 100, 10, 5, 10));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void E2_pointsOffOutsideZeroTo100AreRefused(int points) {
        refused(d -> review(d, 30, 20, 25, 25, points, 5, 10), PolicyRule.REVIEW_POINTS_INVALID);
        refused(d -> review(d, 30, 20, 25, 25, 10, points, 10), PolicyRule.REVIEW_POINTS_INVALID);
        refused(d -> review(d, 30, 20, 25, 25, 10, 5, points), PolicyRule.REVIEW_POINTS_INVALID);
    }

    @Test
    void E2_theEdgesOfThePointsOffAreAllowed() {
        allowed(d -> review(d, 30, 20, 25, 25, 0, 0, 0));
        allowed(d -> review(d, 30, 20, 25, 25, 100, 100, 100));
    }

    @Test
    void E1_E2_theDefaultReviewFamilyIs30_20_25_25AndTheReviewIsPartOfTheVersion() {
        assertThat(ReviewSettings.DEFAULTS).isEqualTo(new ReviewSettings(30, 20, 25, 25, 10, 5, 10));
        assertThat(ReviewSettings.DEFAULTS.weightSum()).isEqualTo(100);
        assertThat(defaults().review()).isEqualTo(ReviewSettings.DEFAULTS);
        fixture.given(version(1, defaults()))
                .when(change(1, defaults(d -> review(d, 40, 10, 25, 25, 10, 5, 10)), "quality first"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PolicySettingsChangedEvent(
                        PolicyId.COMPANY, 2, defaults(d -> review(d, 40, 10, 25, 25, 10, 5, 10)), "quality first"));
    }

    // ---------------------------------------------------------------- every rule code proven

    record Scenario(List<Object> given, Object command) {}

    private static final Map<PolicyRule, Scenario> CATALOGUE = new EnumMap<>(Map.ofEntries(
            Map.entry(
                    PolicyRule.STALE_POLICY_VERSION,
                    new Scenario(List.of(version(1, defaults())), change(0, defaults(d -> complaint(d, 3)), "r"))),
            Map.entry(PolicyRule.POLICY_REASON_REQUIRED, new Scenario(List.of(), change(0, defaults(), ""))),
            Map.entry(
                    PolicyRule.POLICY_UNCHANGED,
                    new Scenario(List.of(version(1, defaults())), change(1, defaults(), "r"))),
            Map.entry(PolicyRule.RESPONSE_TIME_INVALID, first(sla(Map.of(Urgency.URGENT, hours(25))))),
            Map.entry(
                    PolicyRule.PLAN_TIME_INVALID,
                    first(d -> sla(d, d.ticketSla().responseWithin(), Map.of(Urgency.NORMAL, hours(3)), hours(4)))),
            Map.entry(
                    PolicyRule.LOANER_TIME_INVALID,
                    first(d -> sla(d, d.ticketSla().responseWithin(), Map.of(), hours(-4)))),
            Map.entry(PolicyRule.WARRANTY_MONTHS_INVALID, first(d -> repair(d, -24, 3, 1, 7, 3, 90))),
            Map.entry(PolicyRule.RE_INSPECTION_LIMIT_INVALID, first(d -> repair(d, 24, 3, -1, 7, 3, 90))),
            Map.entry(PolicyRule.REPAIR_DAYS_INVALID, first(d -> repair(d, 24, 3, 1, 0, 0, 90))),
            Map.entry(PolicyRule.REPEAT_WINDOW_INVALID, first(d -> repair(d, 24, 3, 1, 7, 3, -90))),
            Map.entry(PolicyRule.FEEDBACK_DAYS_INVALID, first(d -> complaint(d, -2))),
            Map.entry(
                    PolicyRule.DIAGNOSIS_HOURS_INVALID, first(d -> repairTerms(d, 0, 0, 1, 3, 10, 10, 7, 15, 10, 24))),
            Map.entry(
                    PolicyRule.CUSTOMER_NOTICE_DAYS_INVALID,
                    first(d -> repairTerms(d, 24, 4, -1, 3, 10, 10, 7, 15, 10, 24))),
            Map.entry(
                    PolicyRule.MANAGEMENT_FEE_INVALID, first(d -> repairTerms(d, 24, 4, 1, 3, 10, 200, 7, 15, 10, 24))),
            Map.entry(PolicyRule.CHASE_DAYS_INVALID, first(d -> repairTerms(d, 24, 4, 1, -3, 10, 10, 7, 15, 10, 24))),
            Map.entry(
                    PolicyRule.EXCHANGE_TERMS_INVALID, first(d -> repairTerms(d, 24, 4, 1, 3, 10, 10, -7, 15, 10, 24))),
            Map.entry(PolicyRule.REFUND_TERMS_INVALID, first(d -> repairTerms(d, 24, 4, 1, 3, 10, 10, 7, -15, 10, 24))),
            Map.entry(
                    PolicyRule.SAMPLING_PERCENT_INVALID,
                    first(d -> repairTerms(d, 24, 4, 1, 3, 150, 10, 7, 15, 10, 24))),
            Map.entry(
                    PolicyRule.EXPENSE_CAP_INVALID,
                    first(d -> cap(d, ExpenseCategory.LODGING, CityTier.TIER_1, new BigDecimal("-500")))),
            Map.entry(PolicyRule.REVIEW_WEIGHTS_INVALID, first(d -> review(d, 30, 20, 25, 30, 10, 5, 10))),
            Map.entry(PolicyRule.REVIEW_POINTS_INVALID, first(d -> review(d, 30, 20, 25, 25, 10, -5, 10)))));

    private static final Set<String> RULE_IDS = Set.of(
            "S3", "T3", "T10", "R2", "R3", "R4", "R5", "R6", "R7", "R9", "R10", "R12", "R14", "C4", "X5", "E1", "E2");

    @ParameterizedTest(name = "{0}")
    @EnumSource(PolicyRule.class)
    void everyPolicyRuleHasACodeOfItsOwnAndTheRuleItTunes(PolicyRule rule) {
        assertThat(rule.code()).isEqualTo(rule.name());
        assertThat(RULE_IDS).contains(rule.ruleId());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PolicyRule.class)
    void everyRuleCodeHasARefusalScenario(PolicyRule rule) {
        Scenario scenario = CATALOGUE.get(rule);
        assertThat(scenario).as("a refusal scenario for %s", rule).isNotNull();

        fixture.given(scenario.given())
                .when(scenario.command())
                .expectException(violationOf(rule))
                .expectNoEvents();
    }

    @Test
    void theFamiliesRulesAreTheOnesTheyTune() {
        assertThat(PolicyRule.RESPONSE_TIME_INVALID.ruleId()).isEqualTo("T3");
        assertThat(PolicyRule.PLAN_TIME_INVALID.ruleId()).isEqualTo("T3");
        assertThat(PolicyRule.LOANER_TIME_INVALID.ruleId()).isEqualTo("T10");
        assertThat(PolicyRule.WARRANTY_MONTHS_INVALID.ruleId()).isEqualTo("R2");
        assertThat(PolicyRule.RE_INSPECTION_LIMIT_INVALID.ruleId()).isEqualTo("R4");
        assertThat(PolicyRule.REPAIR_DAYS_INVALID.ruleId()).isEqualTo("R6");
        assertThat(PolicyRule.REPEAT_WINDOW_INVALID.ruleId()).isEqualTo("R12");
        assertThat(PolicyRule.DIAGNOSIS_HOURS_INVALID.ruleId()).isEqualTo("R3");
        assertThat(PolicyRule.CUSTOMER_NOTICE_DAYS_INVALID.ruleId()).isEqualTo("R3");
        assertThat(PolicyRule.MANAGEMENT_FEE_INVALID.ruleId()).isEqualTo("R5");
        assertThat(PolicyRule.CHASE_DAYS_INVALID.ruleId()).isEqualTo("R7");
        assertThat(PolicyRule.EXCHANGE_TERMS_INVALID.ruleId()).isEqualTo("R9");
        assertThat(PolicyRule.REFUND_TERMS_INVALID.ruleId()).isEqualTo("R10");
        assertThat(PolicyRule.SAMPLING_PERCENT_INVALID.ruleId()).isEqualTo("R14");
        assertThat(PolicyRule.FEEDBACK_DAYS_INVALID.ruleId()).isEqualTo("C4");
        assertThat(PolicyRule.EXPENSE_CAP_INVALID.ruleId()).isEqualTo("X5");
        assertThat(PolicyRule.STALE_POLICY_VERSION.ruleId()).isEqualTo("S3");
        assertThat(PolicyRule.REVIEW_WEIGHTS_INVALID.ruleId()).isEqualTo("E1");
        assertThat(PolicyRule.REVIEW_POINTS_INVALID.ruleId()).isEqualTo("E2");
    }

    // ---------------------------------------------------------------- helpers

    /** The defaults of RULES: T3 2/4/24 h response, 4/24 h plan, T10 4 h; R2 24+3; R3 24/4 h and 1 day; R4 1; R5 10 %; R6 7/3; R7 3; R9 7 d, 24 months; R10 15 d, 10 days; R12 90; R14 10 %; C4 2. */
    static PolicySettings defaults() {
        Map<ExpenseCategory, Map<CityTier, BigDecimal>> caps = new EnumMap<>(ExpenseCategory.class);
        caps.put(ExpenseCategory.LODGING, tiers("500", "350", "250"));
        caps.put(ExpenseCategory.MEALS, tiers("100", "80", "60"));
        caps.put(ExpenseCategory.TRANSPORT, tiers("200", "150", "100"));
        return new PolicySettings(
                new TicketSlaSettings(
                        Map.of(Urgency.URGENT, hours(2), Urgency.NORMAL, hours(4), Urgency.LOW, hours(24)),
                        Map.of(Urgency.URGENT, hours(4), Urgency.NORMAL, hours(24)),
                        hours(4)),
                new RepairSettings(24, 3, 1, 7, 3, 90, 24, 4, 1, 3, 10, 10, 7, 15, 10, 24),
                new ComplaintSettings(2),
                new ExpenseCaps(caps));
    }

    private static PolicySettings defaults(UnaryOperator<PolicySettings> change) {
        return change.apply(defaults());
    }

    private static Map<CityTier, BigDecimal> tiers(String tier1, String tier2, String other) {
        return Map.of(
                CityTier.TIER_1, new BigDecimal(tier1),
                CityTier.TIER_2, new BigDecimal(tier2),
                CityTier.OTHER, new BigDecimal(other));
    }

    private static UnaryOperator<PolicySettings> sla(Map<Urgency, Duration> response) {
        return d -> sla(d, response, d.ticketSla().planWithin(), d.ticketSla().loanerAfterArrival());
    }

    private static PolicySettings sla(
            PolicySettings d, Map<Urgency, Duration> response, Map<Urgency, Duration> plan, Duration loaner) {
        return new PolicySettings(
                new TicketSlaSettings(response, plan, loaner), d.repair(), d.complaint(), d.expenseCaps());
    }

    private static PolicySettings repair(
            PolicySettings d, int warranty, int extension, int reInspections, int days, int urgentDays, int window) {
        return new PolicySettings(
                d.ticketSla(),
                new RepairSettings(
                        warranty,
                        extension,
                        reInspections,
                        days,
                        urgentDays,
                        window,
                        d.repair().diagnosisHours(),
                        d.repair().urgentDiagnosisHours(),
                        d.repair().customerNoticeWorkingDays(),
                        d.repair().outsourceChaseWorkingDays(),
                        d.repair().samplingPercent(),
                        d.repair().managementFeePercent(),
                        d.repair().exchangeUnusedWithinDays(),
                        d.repair().refundWithinDaysOfPurchase(),
                        d.repair().refundLateWorkingDays(),
                        d.repair().depreciationMonths()),
                d.complaint(),
                d.expenseCaps());
    }

    /** The R3, R5, R7, R9, R10 and R14 numbers changed, the others as in {@code d}. */
    private static PolicySettings repairTerms(
            PolicySettings d,
            int diagnosisHours,
            int urgentDiagnosisHours,
            int noticeDays,
            int chaseDays,
            int samplingPercent,
            int feePercent,
            int exchangeDays,
            int refundDays,
            int refundLateDays,
            int depreciationMonths) {
        RepairSettings r = d.repair();
        return new PolicySettings(
                d.ticketSla(),
                new RepairSettings(
                        r.warrantyMonths(),
                        r.warrantyExtensionMonths(),
                        r.reInspectionLimit(),
                        r.repairWorkingDays(),
                        r.urgentRepairWorkingDays(),
                        r.repeatWindowDays(),
                        diagnosisHours,
                        urgentDiagnosisHours,
                        noticeDays,
                        chaseDays,
                        samplingPercent,
                        feePercent,
                        exchangeDays,
                        refundDays,
                        refundLateDays,
                        depreciationMonths),
                d.complaint(),
                d.expenseCaps());
    }

    private static PolicySettings complaint(PolicySettings d, int feedbackDays) {
        return new PolicySettings(d.ticketSla(), d.repair(), new ComplaintSettings(feedbackDays), d.expenseCaps());
    }

    private static PolicySettings cap(PolicySettings d, ExpenseCategory category, CityTier tier, BigDecimal cap) {
        Map<ExpenseCategory, Map<CityTier, BigDecimal>> caps =
                new EnumMap<>(d.expenseCaps().dailyCap());
        Map<CityTier, BigDecimal> byTier = new EnumMap<>(caps.get(category));
        if (cap == null) {
            byTier.remove(tier);
        } else {
            byTier.put(tier, cap);
        }
        caps.put(category, byTier);
        return new PolicySettings(d.ticketSla(), d.repair(), d.complaint(), new ExpenseCaps(caps));
    }

    private static PolicySettings review(
            PolicySettings d,
            int quality,
            int attitude,
            int speed,
            int satisfaction,
            int perRepeat,
            int perQcFailure,
            int perComplaint) {
        return d.withReview(
                new ReviewSettings(quality, attitude, speed, satisfaction, perRepeat, perQcFailure, perComplaint));
    }

    private static Duration hours(int hours) {
        return Duration.ofHours(hours);
    }

    private static ChangePolicySettingsCommand change(int expectedVersion, PolicySettings settings, String reason) {
        return new ChangePolicySettingsCommand(expectedVersion, settings, reason);
    }

    private static PolicySettingsChangedEvent version(int version, PolicySettings settings) {
        return new PolicySettingsChangedEvent(PolicyId.COMPANY, version, settings, "version " + version);
    }

    /** A first version with the defaults changed by {@code change}. */
    private static Scenario first(UnaryOperator<PolicySettings> change) {
        return new Scenario(List.of(), change(0, defaults(change), "first version"));
    }

    private void refused(UnaryOperator<PolicySettings> change, PolicyRule rule) {
        fixture.given(version(1, defaults()))
                .when(change(1, defaults(change), "a change"))
                .expectException(violationOf(rule))
                .expectNoEvents();
    }

    private void allowed(UnaryOperator<PolicySettings> change) {
        PolicySettings settings = defaults(change);
        fixture.given(version(1, defaults()))
                .when(change(1, settings, "a change"))
                .expectEvents(new PolicySettingsChangedEvent(PolicyId.COMPANY, 2, settings, "a change"));
    }
}
