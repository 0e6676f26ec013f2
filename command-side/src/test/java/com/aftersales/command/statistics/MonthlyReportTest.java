package com.aftersales.command.statistics;

import static com.aftersales.command.common.RuleViolations.violationOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.UserId;
import com.aftersales.api.statistics.IssueMonthlyReportCommand;
import com.aftersales.api.statistics.IssueTrigger;
import com.aftersales.api.statistics.MonthlyReportId;
import com.aftersales.api.statistics.MonthlyReportIssuedEvent;
import com.aftersales.api.statistics.ReportFigure;
import com.aftersales.api.statistics.RestateMonthlyReportCommand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** M1, M3: issuing a month's report once, and restating it only as a new version with its reason. */
class MonthlyReportTest {
    static final YearMonth MONTH = YearMonth.of(2025, 3);
    static final MonthlyReportId REPORT = MonthlyReportId.of(MONTH);
    static final List<ReportFigure> FIGURES = List.of(
            new ReportFigure("dispatch.personTimes", new BigDecimal("12")),
            new ReportFigure("cost.total", new BigDecimal("5230.50")));
    static final List<ReportFigure> CORRECTED = List.of(
            new ReportFigure("dispatch.personTimes", new BigDecimal("13")),
            new ReportFigure("cost.total", new BigDecimal("5650.50")));
    static final LocalDate FIFTH = LocalDate.of(2025, 4, 5);
    static final Map<String, String> SYSTEM =
            Map.of(ActorMetadata.USER_ID, ActorMetadata.SYSTEM_USER, ActorMetadata.ROLE, ActorMetadata.SYSTEM_ROLE);
    static final Map<String, String> MANAGER = as("U-MGR-1", "MANAGER");

    private AggregateTestFixture<MonthlyReport> fixture;

    static Map<String, String> as(String userId, String role) {
        return Map.of(ActorMetadata.USER_ID, userId, ActorMetadata.ROLE, role);
    }

    static IssueMonthlyReportCommand issue(LocalDate issuedOn, IssueTrigger trigger) {
        return new IssueMonthlyReportCommand(REPORT, FIGURES, 4711L, issuedOn, trigger);
    }

    static MonthlyReportIssuedEvent scheduled() {
        return new MonthlyReportIssuedEvent(
                REPORT, MONTH, 1, FIGURES, 4711L, FIFTH, IssueTrigger.SCHEDULED, null, new UserId("system"));
    }

    static MonthlyReportIssuedEvent restated(int version, long position) {
        return new MonthlyReportIssuedEvent(
                REPORT,
                MONTH,
                version,
                CORRECTED,
                position,
                LocalDate.of(2025, 4, 20),
                IssueTrigger.RESTATEMENT,
                "迟到的派工单",
                new UserId("U-MGR-1"));
    }

    static RestateMonthlyReportCommand restate(int restatesVersion, long position, String reason) {
        return new RestateMonthlyReportCommand(
                REPORT, CORRECTED, position, LocalDate.of(2025, 4, 20), restatesVersion, reason);
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MonthlyReport.class);
    }

    @Test
    @DisplayName("M1, M3: the system's job issues version 1 on the 5th, with the figures and the stream position")
    void M3_scheduledOnTheFifth() {
        fixture.givenNoPriorActivity()
                .when(issue(FIFTH, IssueTrigger.SCHEDULED), SYSTEM)
                .expectSuccessfulHandlerExecution()
                .expectEvents(scheduled());
    }

    @Test
    @DisplayName("M3: a late job (after the 5th) still issues the report")
    void M3_scheduledAfterTheFifth() {
        fixture.givenNoPriorActivity()
                .when(issue(FIFTH.plusDays(3), IssueTrigger.SCHEDULED), SYSTEM)
                .expectEvents(new MonthlyReportIssuedEvent(
                        REPORT,
                        MONTH,
                        1,
                        FIGURES,
                        4711L,
                        FIFTH.plusDays(3),
                        IssueTrigger.SCHEDULED,
                        null,
                        new UserId("system")));
    }

    @Test
    @DisplayName("M3: a MANAGER issues the report on demand on the first day after the month, at position 0")
    void M3_onDemandByManager() {
        LocalDate firstOfApril = LocalDate.of(2025, 4, 1);
        fixture.givenNoPriorActivity()
                .when(new IssueMonthlyReportCommand(REPORT, FIGURES, 0L, firstOfApril, IssueTrigger.ON_DEMAND), MANAGER)
                .expectEvents(new MonthlyReportIssuedEvent(
                        REPORT,
                        MONTH,
                        1,
                        FIGURES,
                        0L,
                        firstOfApril,
                        IssueTrigger.ON_DEMAND,
                        null,
                        new UserId("U-MGR-1")));
    }

    @Test
    @DisplayName("M3: a MANAGER restates version 1 as version 2, at a later position, the reason stripped")
    void M3_restatedAsVersionTwo() {
        fixture.given(scheduled()).when(restate(1, 4712L, "  迟到的派工单 "), MANAGER).expectEvents(restated(2, 4712L));
    }

    @Test
    @DisplayName("M3: a restatement follows the latest version and position, not the first")
    void M3_restatedAgainAsVersionThree() {
        fixture.given(scheduled(), restated(2, 5000L))
                .when(restate(2, 5001L, "迟到的派工单"), MANAGER)
                .expectEvents(restated(3, 5001L));
    }

    // ---------------------------------------------------------------- every refusal

    record Scenario(List<Object> given, Object command, Map<String, ?> metaData) {}

    private static final Map<MonthlyReportRule, List<Scenario>> CATALOGUE = catalogue();

    @ParameterizedTest(name = "{0}")
    @EnumSource(MonthlyReportRule.class)
    void M3_everyRuleCodeNamesM3AndACodeOfItsOwn(MonthlyReportRule rule) {
        assertThat(rule.ruleId()).isEqualTo("M3");
        assertThat(rule.code()).isEqualTo(rule.name()).startsWith("M3_");
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
    void M3_theScenarioIsRefusedWithItsRuleAndNothingIsRecorded(MonthlyReportRule rule, Scenario scenario) {
        new AggregateTestFixture<>(MonthlyReport.class)
                .given(scenario.given())
                .when(scenario.command(), scenario.metaData())
                .expectException(violationOf(rule))
                .expectNoEvents();
    }

    private static Scenario of(List<Object> given, Object command, Map<String, ?> metaData) {
        return new Scenario(given, command, metaData);
    }

    private static Map<MonthlyReportRule, List<Scenario>> catalogue() {
        Map<MonthlyReportRule, List<Scenario>> c = new EnumMap<>(MonthlyReportRule.class);
        List<Object> none = List.of();
        List<Object> issued = List.of(scheduled());
        LocalDate lastOfMarch = MONTH.atEndOfMonth();
        c.put(
                MonthlyReportRule.M3_ALREADY_ISSUED,
                List.of(
                        of(issued, issue(FIFTH, IssueTrigger.SCHEDULED), SYSTEM),
                        of(List.of(scheduled(), restated(2, 5000L)), issue(FIFTH, IssueTrigger.ON_DEMAND), MANAGER)));
        c.put(
                MonthlyReportRule.M3_TRIGGER_NOT_AN_ISSUE,
                List.of(
                        of(none, issue(FIFTH, IssueTrigger.RESTATEMENT), MANAGER),
                        of(none, issue(FIFTH, null), SYSTEM)));
        c.put(
                MonthlyReportRule.M3_SCHEDULED_BY_SYSTEM_ONLY,
                List.of(
                        of(none, issue(FIFTH, IssueTrigger.SCHEDULED), MANAGER),
                        of(none, issue(FIFTH, IssueTrigger.SCHEDULED), Map.of(ActorMetadata.USER_ID, "system"))));
        c.put(
                MonthlyReportRule.M3_SCHEDULED_BEFORE_THE_5TH,
                List.of(
                        of(none, issue(FIFTH.minusDays(1), IssueTrigger.SCHEDULED), SYSTEM),
                        of(none, issue(null, IssueTrigger.SCHEDULED), SYSTEM)));
        c.put(
                MonthlyReportRule.M3_ON_DEMAND_BY_MANAGER_ONLY,
                List.of(
                        of(none, issue(FIFTH, IssueTrigger.ON_DEMAND), SYSTEM),
                        of(none, issue(FIFTH, IssueTrigger.ON_DEMAND), as("U-SUP-1", "SUPERVISOR"))));
        c.put(
                MonthlyReportRule.M3_MONTH_NOT_OVER,
                List.of(
                        of(none, issue(lastOfMarch, IssueTrigger.ON_DEMAND), MANAGER),
                        of(none, issue(null, IssueTrigger.ON_DEMAND), MANAGER),
                        of(
                                issued,
                                new RestateMonthlyReportCommand(REPORT, CORRECTED, 4712L, lastOfMarch, 1, "更正"),
                                MANAGER)));
        c.put(
                MonthlyReportRule.M3_FIGURES_REQUIRED,
                List.of(
                        of(
                                none,
                                new IssueMonthlyReportCommand(REPORT, null, 4711L, FIFTH, IssueTrigger.SCHEDULED),
                                SYSTEM),
                        of(
                                issued,
                                new RestateMonthlyReportCommand(REPORT, List.of(), 4712L, FIFTH, 1, "更正"),
                                MANAGER)));
        c.put(
                MonthlyReportRule.M3_NEGATIVE_POSITION,
                List.of(of(
                        none,
                        new IssueMonthlyReportCommand(REPORT, FIGURES, -1L, FIFTH, IssueTrigger.ON_DEMAND),
                        MANAGER)));
        c.put(MonthlyReportRule.M3_NOT_ISSUED, List.of(of(none, restate(0, 4712L, "更正"), MANAGER)));
        c.put(
                MonthlyReportRule.M3_RESTATEMENT_BY_MANAGER_ONLY,
                List.of(
                        of(issued, restate(1, 4712L, "更正"), SYSTEM),
                        of(issued, restate(1, 4712L, "更正"), as("U-FIN-1", "FINANCE"))));
        c.put(
                MonthlyReportRule.M3_RESTATEMENT_REASON_REQUIRED,
                List.of(of(issued, restate(1, 4712L, " "), MANAGER), of(issued, restate(1, 4712L, null), MANAGER)));
        c.put(
                MonthlyReportRule.M3_RESTATEMENT_STALE,
                List.of(
                        of(List.of(scheduled(), restated(2, 5000L)), restate(1, 5001L, "更正"), MANAGER),
                        of(issued, restate(2, 5001L, "更正"), MANAGER)));
        c.put(
                MonthlyReportRule.M3_RESTATEMENT_POSITION_NOT_LATER,
                List.of(
                        of(issued, restate(1, 4711L, "更正"), MANAGER),
                        of(List.of(scheduled(), restated(2, 5000L)), restate(2, 4999L, "更正"), MANAGER)));
        return c;
    }
}
