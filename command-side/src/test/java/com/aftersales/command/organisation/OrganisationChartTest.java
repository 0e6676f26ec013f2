package com.aftersales.command.organisation;

import static com.aftersales.command.common.RuleViolations.violationOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.UserId;
import com.aftersales.api.organisation.AssignSuperiorCommand;
import com.aftersales.api.organisation.OrganisationChartId;
import com.aftersales.api.organisation.RemoveSuperiorCommand;
import com.aftersales.api.organisation.SuperiorAssignedEvent;
import com.aftersales.api.organisation.SuperiorRemovedEvent;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * RULES T8 on the {@link OrganisationChart}: who is whose superior, without loops, so that a
 * difficult case always has a next level up until it reaches the top. The chart of these tests:
 * engineer {@code eng-wang} reports to {@code head-chen}, who reports to {@code director-sun}.
 */
class OrganisationChartTest {

    private AggregateTestFixture<OrganisationChart> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OrganisationChart.class);
    }

    @Test
    void theFirstAssignmentCreatesTheChart_T8() {
        fixture.givenNoPriorActivity()
                .when(assign("eng-wang", "head-chen"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SuperiorAssignedEvent(new UserId("eng-wang"), new UserId("head-chen"), null))
                .expectState(chart -> assertThat(chart).isNotNull());
    }

    @Test
    void theChartIsOneForTheWholeCompany_T8() {
        assertThat(assign("eng-wang", "head-chen").chartId())
                .isEqualTo(new RemoveSuperiorCommand(new UserId("eng-wang")).chartId())
                .isEqualTo(OrganisationChartId.THE_CHART);
        assertThat(OrganisationChartId.THE_CHART).hasToString("organisation-chart");
    }

    @Test
    void aNewSuperiorReplacesTheEarlierOne_T8() {
        fixture.given(assigned("eng-wang", "head-chen", null))
                .when(assign("eng-wang", "head-zhou"))
                .expectEvents(new SuperiorAssignedEvent(
                        new UserId("eng-wang"), new UserId("head-zhou"), new UserId("head-chen")));
    }

    @Test
    void aPersonCannotBeTheirOwnSuperior_T8() {
        fixture.givenNoPriorActivity()
                .when(assign("head-chen", "head-chen"))
                .expectException(violationOf(OrganisationRule.SELF_SUPERIOR))
                .expectNoEvents();
    }

    @Test
    void aSuperiorWhoReportsToThePersonDirectlyIsRefused_T8() {
        fixture.given(assigned("eng-wang", "head-chen", null))
                .when(assign("head-chen", "eng-wang"))
                .expectException(violationOf(OrganisationRule.SUPERIOR_CYCLE))
                .expectNoEvents();
    }

    @Test
    void aSuperiorWhoReportsToThePersonOverSeveralLevelsIsRefused_T8() {
        fixture.given(assigned("eng-wang", "head-chen", null), assigned("head-chen", "director-sun", null))
                .when(assign("director-sun", "eng-wang"))
                .expectException(violationOf(OrganisationRule.SUPERIOR_CYCLE))
                .expectNoEvents();
    }

    @Test
    void aSuperiorHigherUpTheSameLineIsNoCycle_T8() {
        // the engineer may report straight to the director: nobody below the engineer is involved
        fixture.given(assigned("eng-wang", "head-chen", null), assigned("head-chen", "director-sun", null))
                .when(assign("eng-wang", "director-sun"))
                .expectEvents(new SuperiorAssignedEvent(
                        new UserId("eng-wang"), new UserId("director-sun"), new UserId("head-chen")));
    }

    @Test
    void aSuperiorFromAnotherLineIsNoCycle_T8() {
        fixture.given(assigned("eng-wang", "head-chen", null), assigned("eng-li", "head-zhou", null))
                .when(assign("head-chen", "head-zhou"))
                .expectEvents(new SuperiorAssignedEvent(new UserId("head-chen"), new UserId("head-zhou"), null));
    }

    @Test
    void aRemovedLinkNoLongerMakesACycle_T8() {
        fixture.given(
                        assigned("eng-wang", "head-chen", null),
                        new SuperiorRemovedEvent(new UserId("eng-wang"), new UserId("head-chen")))
                .when(assign("head-chen", "eng-wang"))
                .expectEvents(new SuperiorAssignedEvent(new UserId("head-chen"), new UserId("eng-wang"), null));
    }

    @Test
    void theSameSuperiorAgainIsRefused_T8() {
        fixture.given(assigned("eng-wang", "head-chen", null))
                .when(assign("eng-wang", "head-chen"))
                .expectException(violationOf(OrganisationRule.SUPERIOR_UNCHANGED))
                .expectNoEvents();
    }

    @Test
    void aSuperiorIsRemoved_T8() {
        fixture.given(assigned("eng-wang", "head-chen", null))
                .when(new RemoveSuperiorCommand(new UserId("eng-wang")))
                .expectEvents(new SuperiorRemovedEvent(new UserId("eng-wang"), new UserId("head-chen")));
    }

    @Test
    void removingASuperiorNobodyHasIsRefused_T8() {
        fixture.given(assigned("eng-wang", "head-chen", null))
                .when(new RemoveSuperiorCommand(new UserId("head-chen")))
                .expectException(violationOf(OrganisationRule.NO_SUPERIOR_TO_REMOVE))
                .expectNoEvents();
    }

    @Test
    void aRemovedSuperiorCannotBeRemovedAgain_T8() {
        fixture.given(
                        assigned("eng-wang", "head-chen", null),
                        new SuperiorRemovedEvent(new UserId("eng-wang"), new UserId("head-chen")))
                .when(new RemoveSuperiorCommand(new UserId("eng-wang")))
                .expectException(violationOf(OrganisationRule.NO_SUPERIOR_TO_REMOVE))
                .expectNoEvents();
    }

    @Test
    void aRemovalOnAChartThatDoesNotExistYetIsRefusedAndCreatesNothing_T8() {
        fixture.givenNoPriorActivity()
                .when(new RemoveSuperiorCommand(new UserId("eng-wang")))
                .expectException(violationOf(OrganisationRule.NO_SUPERIOR_TO_REMOVE))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- every rule code proven

    record Scenario(List<Object> given, Object command) {}

    private static final Map<OrganisationRule, Scenario> CATALOGUE = new EnumMap<>(Map.of(
            OrganisationRule.SELF_SUPERIOR, new Scenario(List.of(), assign("head-chen", "head-chen")),
            OrganisationRule.SUPERIOR_CYCLE,
                    new Scenario(List.of(assigned("eng-wang", "head-chen", null)), assign("head-chen", "eng-wang")),
            OrganisationRule.SUPERIOR_UNCHANGED,
                    new Scenario(List.of(assigned("eng-wang", "head-chen", null)), assign("eng-wang", "head-chen")),
            OrganisationRule.NO_SUPERIOR_TO_REMOVE,
                    new Scenario(List.of(), new RemoveSuperiorCommand(new UserId("eng-wang")))));

    @ParameterizedTest(name = "{0}")
    @EnumSource(OrganisationRule.class)
    void everyChartRuleIsT8WithACodeOfItsOwn(OrganisationRule rule) {
        assertThat(rule.ruleId()).isEqualTo("T8");
        assertThat(rule.code()).isEqualTo(rule.name());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(OrganisationRule.class)
    void everyRuleCodeHasARefusalScenario(OrganisationRule rule) {
        Scenario scenario = CATALOGUE.get(rule);
        assertThat(scenario).as("a refusal scenario for %s", rule).isNotNull();
        assertThat(rule.ruleId()).isEqualTo("T8");

        fixture.given(scenario.given())
                .when(scenario.command())
                .expectException(violationOf(rule))
                .expectNoEvents();
    }

    private static AssignSuperiorCommand assign(String person, String superior) {
        return new AssignSuperiorCommand(new UserId(person), new UserId(superior));
    }

    private static SuperiorAssignedEvent assigned(String person, String superior, String previous) {
        return new SuperiorAssignedEvent(
                new UserId(person), new UserId(superior), previous == null ? null : new UserId(previous));
    }
}
