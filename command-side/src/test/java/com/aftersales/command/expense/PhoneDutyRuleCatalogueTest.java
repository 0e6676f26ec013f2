package com.aftersales.command.expense;

import static com.aftersales.command.common.RuleViolations.violationOf;
import static com.aftersales.command.expense.PhoneDutyFailureTest.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.expense.ExplainPhoneDutyFailureCommand;
import com.aftersales.api.expense.PhoneDutyFailureExplainedEvent;
import com.aftersales.api.expense.RecordPhoneDutyFailureCommand;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * X7, S2: every refusal of the phone-duty failure has a scenario that provokes it, with literal given
 * events, and exactly that rule id and code with no event. A new {@link PhoneDutyRule} without a
 * scenario fails here.
 */
class PhoneDutyRuleCatalogueTest {

    record Scenario(List<Object> given, Object command, Map<String, ?> metaData) {}

    private static final Map<PhoneDutyRule, List<Scenario>> CATALOGUE = catalogue();

    @ParameterizedTest(name = "{0}")
    @EnumSource(PhoneDutyRule.class)
    void everyRuleCodeNamesAPhoneDutyRuleAndACodeOfItsOwn(PhoneDutyRule rule) {
        assertThat(rule.ruleId()).isIn("X7", "S2");
        assertThat(rule.code()).isEqualTo(rule.name()).startsWith("PHONE_DUTY_");
        assertThat(rule.violation("why").code()).isEqualTo(rule.code());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PhoneDutyRule.class)
    void everyRuleCodeHasARefusalScenario(PhoneDutyRule rule) {
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
    void theScenarioIsRefusedWithItsRuleAndNothingIsRecorded_X7_S2(PhoneDutyRule rule, Scenario scenario) {
        fixture()
                .given(scenario.given())
                .when(scenario.command(), scenario.metaData())
                .expectException(violationOf(rule))
                .expectNoEvents();
    }

    private static Scenario of(List<Object> given, Object command, Map<String, ?> metaData) {
        return new Scenario(given, command, metaData);
    }

    private static Map<PhoneDutyRule, List<Scenario>> catalogue() {
        Map<PhoneDutyRule, List<Scenario>> c = new EnumMap<>(PhoneDutyRule.class);
        List<Object> none = List.of();
        List<Object> recorded = List.of(recorded(CALLED));
        Map<String, String> clerk = as("U-CLERK", "CLERK");
        Map<String, String> supervisor = as("U-SUP", "SUPERVISOR");
        c.put(
                PhoneDutyRule.PHONE_DUTY_RECORDER_ROLE,
                List.of(
                        of(none, record(CALLED), as("U-ENG-2", "ENGINEER")),
                        of(none, record(CALLED), as("U-FIN", "FINANCE")),
                        of(none, record(CALLED), Map.of("userId", "U-X"))));
        c.put(
                PhoneDutyRule.PHONE_DUTY_FAILURE_INCOMPLETE,
                List.of(
                        of(none, new RecordPhoneDutyFailureCommand(FAILURE, null, CALLED, null, null), clerk),
                        of(none, new RecordPhoneDutyFailureCommand(FAILURE, ENGINEER, null, null, null), clerk)));
        c.put(
                PhoneDutyRule.PHONE_DUTY_OUTSIDE_HOURS,
                List.of(
                        // 07:59:59 and 22:00:01 Asia/Shanghai
                        of(none, record(Instant.parse("2025-03-10T23:59:59Z")), clerk),
                        of(none, record(Instant.parse("2025-03-10T14:00:01Z")), clerk)));
        c.put(PhoneDutyRule.PHONE_DUTY_CALL_IN_FUTURE, List.of(of(none, record(NOW.plusMillis(1)), supervisor)));
        c.put(
                PhoneDutyRule.PHONE_DUTY_EXPLAINER_ROLE,
                List.of(
                        of(recorded, new ExplainPhoneDutyFailureCommand(FAILURE, "没信号", true), clerk),
                        of(
                                recorded,
                                new ExplainPhoneDutyFailureCommand(FAILURE, "没信号", true),
                                as("U-ENG-1", "ENGINEER"))));
        c.put(
                PhoneDutyRule.PHONE_DUTY_ABOUT_ONESELF,
                List.of(of(
                        recorded,
                        new ExplainPhoneDutyFailureCommand(FAILURE, "没信号", true),
                        as("U-ENG-1", "SUPERVISOR"))));
        c.put(
                PhoneDutyRule.PHONE_DUTY_ALREADY_EXPLAINED,
                List.of(of(
                        List.of(recorded(CALLED), new PhoneDutyFailureExplainedEvent(FAILURE, ENGINEER, "没信号", true)),
                        new ExplainPhoneDutyFailureCommand(FAILURE, "没信号", true),
                        supervisor)));
        c.put(
                PhoneDutyRule.PHONE_DUTY_EXPLANATION_REQUIRED,
                List.of(
                        of(recorded, new ExplainPhoneDutyFailureCommand(FAILURE, " ", true), supervisor),
                        of(recorded, new ExplainPhoneDutyFailureCommand(FAILURE, null, true), supervisor)));
        return c;
    }
}
