package com.aftersales.command.visit;

import static com.aftersales.command.common.RuleViolations.violationOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import com.aftersales.api.visit.KeyCustomerMarkedEvent;
import com.aftersales.api.visit.KeyCustomerUnmarkedEvent;
import com.aftersales.api.visit.KeyCustomerVisitOverdueEvent;
import com.aftersales.api.visit.KeyCustomerVisitedEvent;
import com.aftersales.api.visit.MarkKeyCustomerCommand;
import com.aftersales.api.visit.RecordKeyCustomerVisitCommand;
import com.aftersales.api.visit.UnmarkKeyCustomerCommand;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * RULES T11, second half, on the {@link KeyCustomerVisitPlan}: a key customer is visited within six
 * months of delivery, then within six months of the latest visit. The company zone of these tests is
 * Asia/Shanghai (UTC+8): a due-by day is over at 16:00 UTC the same day.
 */
class KeyCustomerVisitPlanTest {
    private static final CustomerId CUSTOMER = new CustomerId("6d1f3c2a-8b4e-4a7f-9c2d-1e5f7a9b3c40");
    private static final UserId ENGINEER = new UserId("U-ENG-01");
    private static final LocalDate DELIVERED = LocalDate.of(2025, 1, 15);
    private static final LocalDate FIRST_DUE = LocalDate.of(2025, 7, 15);
    private static final Instant FIRST_OVERDUE_FROM = Instant.parse("2025-07-15T16:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

    private AggregateTestFixture<KeyCustomerVisitPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(KeyCustomerVisitPlan.class);
        fixture.registerInjectableResource(new VisitPolicy(ZoneId.of("Asia/Shanghai")));
    }

    // ---------------------------------------------------------------- marking

    @Test
    void markingStartsThePlanWithTheFirstVisitDueSixMonthsAfterDelivery_T11() {
        fixture.givenNoPriorActivity()
                .when(mark(DELIVERED, TODAY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(marked(DELIVERED, FIRST_DUE))
                .expectScheduledDeadlineWithName(FIRST_OVERDUE_FROM, "key-customer-visit-due")
                .expectScheduledDeadline(FIRST_OVERDUE_FROM, new VisitDeadline(FIRST_DUE, FIRST_OVERDUE_FROM));
    }

    @Test
    void aDeliveryTodayIsAccepted_T11() {
        fixture.givenNoPriorActivity().when(mark(TODAY, TODAY)).expectEvents(marked(TODAY, LocalDate.of(2025, 9, 1)));
    }

    @Test
    void aDeliveryInTheFutureIsRefused_T11() {
        fixture.givenNoPriorActivity()
                .when(mark(TODAY.plusDays(1), TODAY))
                .expectException(violationOf(VisitRule.DELIVERY_IN_THE_FUTURE))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void aKeyCustomerCannotBeMarkedAgain_T11() {
        fixture.given(marked(DELIVERED, FIRST_DUE))
                .when(mark(DELIVERED, TODAY))
                .expectException(violationOf(VisitRule.ALREADY_A_KEY_CUSTOMER))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void markingNeedsAReason_T11() {
        fixture.givenNoPriorActivity()
                .when(new MarkKeyCustomerCommand(CUSTOMER, DELIVERED, " ", TODAY))
                .expectException(violationOf(VisitRule.REASON_REQUIRED))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new MarkKeyCustomerCommand(CUSTOMER, DELIVERED, null, TODAY))
                .expectException(violationOf(VisitRule.REASON_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void anUnmarkedCustomerCanBeMarkedAgainAndStartsANewPlan_T11() {
        fixture.given(marked(DELIVERED, FIRST_DUE), unmarked())
                .when(mark(LocalDate.of(2025, 2, 20), TODAY))
                .expectEvents(marked(LocalDate.of(2025, 2, 20), LocalDate.of(2025, 8, 20)))
                .expectScheduledDeadline(
                        Instant.parse("2025-08-20T16:00:00Z"),
                        new VisitDeadline(LocalDate.of(2025, 8, 20), Instant.parse("2025-08-20T16:00:00Z")));
    }

    @Test
    void theDueDayEndsAtMidnightInTheCompanyZone_T11() {
        VisitPolicy policy = new VisitPolicy(ZoneId.of("Asia/Shanghai"));
        assertThat(policy.overdueFrom(FIRST_DUE)).isEqualTo(FIRST_OVERDUE_FROM);
        assertThat(new VisitPolicy(ZoneId.of("UTC")).overdueFrom(FIRST_DUE))
                .isEqualTo(Instant.parse("2025-07-16T00:00:00Z"));
        // six calendar months; the end of a longer month falls on the end of the shorter one
        assertThat(policy.firstVisitDueBy(LocalDate.of(2025, 8, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(policy.nextVisitDueBy(LocalDate.of(2025, 8, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThatThrownBy(() -> new VisitPolicy(null)).isInstanceOf(NullPointerException.class);
    }

    // ---------------------------------------------------------------- visits

    @Test
    void aVisitSetsTheNextVisitDueSixMonthsLaterAndSchedulesItsDeadline_T11() {
        fixture.given(marked(DELIVERED, FIRST_DUE))
                .when(visit("V-1", LocalDate.of(2025, 2, 10), TODAY))
                .expectEvents(visited("V-1", LocalDate.of(2025, 2, 10), LocalDate.of(2025, 8, 10)))
                .expectScheduledDeadline(
                        Instant.parse("2025-08-10T16:00:00Z"),
                        new VisitDeadline(LocalDate.of(2025, 8, 10), Instant.parse("2025-08-10T16:00:00Z")));
    }

    @Test
    void aVisitOnTheDeliveryDayAndOneTodayAreAccepted_T11() {
        fixture.given(marked(DELIVERED, FIRST_DUE))
                .when(visit("V-1", DELIVERED, TODAY))
                .expectEvents(visited("V-1", DELIVERED, FIRST_DUE))
                // the due date did not move: its deadline is already scheduled
                .expectNoScheduledDeadlines();
        fixture.given(marked(DELIVERED, FIRST_DUE))
                .when(visit("V-1", TODAY, TODAY))
                .expectEvents(visited("V-1", TODAY, LocalDate.of(2025, 9, 1)));
    }

    @Test
    void aVisitEnteredAfterALaterOneKeepsTheLaterOnesDueDate_T11() {
        fixture.given(
                        marked(DELIVERED, FIRST_DUE),
                        visited("V-2", LocalDate.of(2025, 2, 20), LocalDate.of(2025, 8, 20)))
                .when(visit("V-1", LocalDate.of(2025, 2, 10), TODAY))
                .expectEvents(visited("V-1", LocalDate.of(2025, 2, 10), LocalDate.of(2025, 8, 20)))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aVisitAfterTheLatestMovesTheDueDate_T11() {
        fixture.given(
                        marked(DELIVERED, FIRST_DUE),
                        visited("V-1", LocalDate.of(2025, 2, 10), LocalDate.of(2025, 8, 10)),
                        visited("V-0", LocalDate.of(2025, 1, 20), LocalDate.of(2025, 8, 10)))
                .when(visit("V-2", LocalDate.of(2025, 2, 11), TODAY))
                .expectEvents(visited("V-2", LocalDate.of(2025, 2, 11), LocalDate.of(2025, 8, 11)));
    }

    @Test
    void aVisitBeforeTheDeliveryIsRefused_T11() {
        fixture.given(marked(DELIVERED, FIRST_DUE))
                .when(visit("V-1", DELIVERED.minusDays(1), TODAY))
                .expectException(violationOf(VisitRule.VISIT_BEFORE_DELIVERY))
                .expectNoEvents();
    }

    @Test
    void aVisitInTheFutureIsRefused_T11() {
        fixture.given(marked(DELIVERED, FIRST_DUE))
                .when(visit("V-1", TODAY.plusDays(1), TODAY))
                .expectException(violationOf(VisitRule.VISIT_IN_THE_FUTURE))
                .expectNoEvents();
    }

    @Test
    void aVisitIsRecordedOnce_T11() {
        fixture.given(
                        marked(DELIVERED, FIRST_DUE),
                        visited("V-1", LocalDate.of(2025, 2, 10), LocalDate.of(2025, 8, 10)))
                .when(visit("V-1", LocalDate.of(2025, 2, 12), TODAY))
                .expectException(violationOf(VisitRule.DUPLICATE_VISIT))
                .expectNoEvents();
    }

    @Test
    void aVisitNeedsASummary_T11() {
        fixture.given(marked(DELIVERED, FIRST_DUE))
                .when(new RecordKeyCustomerVisitCommand(CUSTOMER, "V-1", TODAY, ENGINEER, "  ", TODAY))
                .expectException(violationOf(VisitRule.SUMMARY_REQUIRED))
                .expectNoEvents();
        fixture.given(marked(DELIVERED, FIRST_DUE))
                .when(new RecordKeyCustomerVisitCommand(CUSTOMER, "V-1", TODAY, ENGINEER, null, TODAY))
                .expectException(violationOf(VisitRule.SUMMARY_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void aCustomerNeverMarkedIsNoKeyCustomerAndNothingIsCreated_T11() {
        fixture.givenNoPriorActivity()
                .when(visit("V-1", TODAY, TODAY))
                .expectException(violationOf(VisitRule.NOT_A_KEY_CUSTOMER))
                .expectNoEvents();
    }

    @Test
    void anUnmarkedCustomerGetsNoVisits_T11() {
        fixture.given(marked(DELIVERED, FIRST_DUE), unmarked())
                .when(visit("V-1", TODAY, TODAY))
                .expectException(violationOf(VisitRule.NOT_A_KEY_CUSTOMER))
                .expectNoEvents();
    }

    @Test
    void aNewPlanCountsVisitsFromItsOwnDelivery_T11() {
        fixture.given(
                        marked(DELIVERED, FIRST_DUE),
                        visited("V-1", LocalDate.of(2025, 2, 20), LocalDate.of(2025, 8, 20)),
                        unmarked(),
                        marked(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 8, 1)))
                .when(visit("V-2", LocalDate.of(2025, 2, 5), TODAY))
                .expectEvents(visited("V-2", LocalDate.of(2025, 2, 5), LocalDate.of(2025, 8, 5)));
    }

    // ---------------------------------------------------------------- unmarking

    @Test
    void unmarkingEndsThePlan_T11() {
        fixture.given(marked(DELIVERED, FIRST_DUE))
                .when(new UnmarkKeyCustomerCommand(CUSTOMER, "合同到期"))
                .expectEvents(unmarked());
    }

    @Test
    void unmarkingNeedsAReason_T11() {
        fixture.given(marked(DELIVERED, FIRST_DUE))
                .when(new UnmarkKeyCustomerCommand(CUSTOMER, ""))
                .expectException(violationOf(VisitRule.REASON_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void onlyAKeyCustomerIsUnmarked_T11() {
        fixture.given(marked(DELIVERED, FIRST_DUE), unmarked())
                .when(new UnmarkKeyCustomerCommand(CUSTOMER, "again"))
                .expectException(violationOf(VisitRule.NOT_A_KEY_CUSTOMER))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- deadlines

    @Test
    void noVisitByTheEndOfTheDueDayMakesTheVisitOverdue_T11() {
        fixture.givenCurrentTime(Instant.parse("2025-03-01T02:00:00Z"))
                .andGivenCommands(mark(DELIVERED, TODAY))
                .whenThenTimeAdvancesTo(FIRST_OVERDUE_FROM)
                .expectTriggeredDeadlinesWithName("key-customer-visit-due")
                .expectEvents(new KeyCustomerVisitOverdueEvent(CUSTOMER, FIRST_DUE));
    }

    @Test
    void theDueDayItselfIsNotOverdue_T11() {
        fixture.givenCurrentTime(Instant.parse("2025-03-01T02:00:00Z"))
                .andGivenCommands(mark(DELIVERED, TODAY))
                .whenThenTimeAdvancesTo(FIRST_OVERDUE_FROM.minusMillis(1))
                .expectNoEvents();
    }

    @Test
    void aDeliveryMoreThanSixMonthsAgoIsOverdueAtOnce_T11() {
        LocalDate longAgo = LocalDate.of(2024, 8, 1);
        fixture.givenCurrentTime(Instant.parse("2025-03-01T02:00:00Z"))
                .andGivenCommands(mark(longAgo, TODAY))
                .whenThenTimeElapses(java.time.Duration.ZERO)
                .expectEvents(new KeyCustomerVisitOverdueEvent(CUSTOMER, LocalDate.of(2025, 2, 1)));
    }

    @Test
    void aVisitBeforeTheDueDateMeansTheFirstDeadlineRecordsNothing_T11() {
        fixture.givenCurrentTime(Instant.parse("2025-03-01T02:00:00Z"))
                .andGivenCommands(mark(DELIVERED, TODAY), visit("V-1", TODAY, TODAY))
                .whenThenTimeAdvancesTo(FIRST_OVERDUE_FROM)
                .expectTriggeredDeadlinesWithName("key-customer-visit-due")
                .expectNoEvents();
    }

    @Test
    void theNextVisitBecomesOverdueSixMonthsAfterTheLatestVisit_T11() {
        fixture.givenCurrentTime(Instant.parse("2025-03-01T02:00:00Z"))
                .andGivenCommands(mark(DELIVERED, TODAY), visit("V-1", TODAY, TODAY))
                .whenThenTimeAdvancesTo(Instant.parse("2025-09-01T16:00:00Z"))
                .expectEvents(new KeyCustomerVisitOverdueEvent(CUSTOMER, LocalDate.of(2025, 9, 1)));
    }

    @Test
    void aVisitOnTheDeliveryDayStillLeavesTheNextDueByTheSameDay_T11() {
        fixture.givenCurrentTime(Instant.parse("2025-03-01T02:00:00Z"))
                .andGivenCommands(mark(DELIVERED, TODAY), visit("V-1", DELIVERED, TODAY))
                .whenThenTimeAdvancesTo(FIRST_OVERDUE_FROM)
                .expectEvents(new KeyCustomerVisitOverdueEvent(CUSTOMER, FIRST_DUE));
    }

    @Test
    void anUnmarkedCustomerRecordsNothingWhenItsDeadlineFires_T11() {
        fixture.givenCurrentTime(Instant.parse("2025-03-01T02:00:00Z"))
                .andGivenCommands(mark(DELIVERED, TODAY), new UnmarkKeyCustomerCommand(CUSTOMER, "合同到期"))
                .whenThenTimeAdvancesTo(FIRST_OVERDUE_FROM)
                .expectTriggeredDeadlinesWithName("key-customer-visit-due")
                .expectNoEvents();
    }

    @Test
    void anOverdueVisitIsRecordedOncePerDueDate_T11() {
        // marked, unmarked and marked again with the same delivery: two deadlines for one due day
        fixture.givenCurrentTime(Instant.parse("2025-03-01T02:00:00Z"))
                .andGivenCommands(
                        mark(DELIVERED, TODAY), new UnmarkKeyCustomerCommand(CUSTOMER, "错标"), mark(DELIVERED, TODAY))
                .whenThenTimeAdvancesTo(FIRST_OVERDUE_FROM)
                .expectTriggeredDeadlinesWithName("key-customer-visit-due", "key-customer-visit-due")
                .expectEvents(new KeyCustomerVisitOverdueEvent(CUSTOMER, FIRST_DUE));
    }

    @Test
    void aNewPlanWithTheSameDueDateIsOverdueAgain_T11() {
        LocalDate longAgo = LocalDate.of(2024, 8, 1);
        LocalDate due = LocalDate.of(2025, 2, 1);
        fixture.givenCurrentTime(Instant.parse("2025-03-01T02:00:00Z"))
                .andGiven(marked(longAgo, due), new KeyCustomerVisitOverdueEvent(CUSTOMER, due), unmarked())
                .andGivenCommands(mark(longAgo, TODAY))
                .whenThenTimeElapses(java.time.Duration.ZERO)
                .expectEvents(new KeyCustomerVisitOverdueEvent(CUSTOMER, due));
    }

    // ---------------------------------------------------------------- every rule code proven

    record Scenario(List<Object> given, Object command) {}

    private static final Map<VisitRule, Scenario> CATALOGUE = new EnumMap<>(Map.of(
            VisitRule.ALREADY_A_KEY_CUSTOMER,
            new Scenario(List.of(marked(DELIVERED, FIRST_DUE)), mark(DELIVERED, TODAY)),
            VisitRule.NOT_A_KEY_CUSTOMER,
            new Scenario(List.of(marked(DELIVERED, FIRST_DUE), unmarked()), visit("V-1", TODAY, TODAY)),
            VisitRule.DELIVERY_IN_THE_FUTURE,
            new Scenario(List.of(), mark(TODAY.plusDays(1), TODAY)),
            VisitRule.VISIT_BEFORE_DELIVERY,
            new Scenario(List.of(marked(DELIVERED, FIRST_DUE)), visit("V-1", DELIVERED.minusDays(1), TODAY)),
            VisitRule.VISIT_IN_THE_FUTURE,
            new Scenario(List.of(marked(DELIVERED, FIRST_DUE)), visit("V-1", TODAY.plusDays(1), TODAY)),
            VisitRule.DUPLICATE_VISIT,
            new Scenario(
                    List.of(marked(DELIVERED, FIRST_DUE), visited("V-1", TODAY, LocalDate.of(2025, 9, 1))),
                    visit("V-1", TODAY, TODAY)),
            VisitRule.SUMMARY_REQUIRED,
            new Scenario(
                    List.of(marked(DELIVERED, FIRST_DUE)),
                    new RecordKeyCustomerVisitCommand(CUSTOMER, "V-1", TODAY, ENGINEER, "", TODAY)),
            VisitRule.REASON_REQUIRED,
            new Scenario(List.of(marked(DELIVERED, FIRST_DUE)), new UnmarkKeyCustomerCommand(CUSTOMER, null))));

    @ParameterizedTest(name = "{0}")
    @EnumSource(VisitRule.class)
    void everyVisitRuleIsT11WithACodeOfItsOwn(VisitRule rule) {
        assertThat(rule.ruleId()).isEqualTo("T11");
        assertThat(rule.code()).isEqualTo(rule.name());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(VisitRule.class)
    void everyRuleCodeHasARefusalScenario_T11(VisitRule rule) {
        Scenario scenario = CATALOGUE.get(rule);
        assertThat(scenario).as("a refusal scenario for %s", rule).isNotNull();

        fixture.given(scenario.given())
                .when(scenario.command())
                .expectException(violationOf(rule))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- samples

    private static MarkKeyCustomerCommand mark(LocalDate deliveredOn, LocalDate today) {
        return new MarkKeyCustomerCommand(CUSTOMER, deliveredOn, "年采购额前十，签有维保合同", today);
    }

    private static KeyCustomerMarkedEvent marked(LocalDate deliveredOn, LocalDate firstDue) {
        return new KeyCustomerMarkedEvent(CUSTOMER, deliveredOn, "年采购额前十，签有维保合同", firstDue);
    }

    private static RecordKeyCustomerVisitCommand visit(String visitId, LocalDate visitedOn, LocalDate today) {
        return new RecordKeyCustomerVisitCommand(CUSTOMER, visitId, visitedOn, ENGINEER, "巡检设备，培训操作员", today);
    }

    private static KeyCustomerVisitedEvent visited(String visitId, LocalDate visitedOn, LocalDate nextDue) {
        return new KeyCustomerVisitedEvent(CUSTOMER, visitId, visitedOn, ENGINEER, "巡检设备，培训操作员", nextDue);
    }

    private static KeyCustomerUnmarkedEvent unmarked() {
        return new KeyCustomerUnmarkedEvent(CUSTOMER, "合同到期");
    }
}
