package com.aftersales.command.review;

import static com.aftersales.command.common.RuleViolations.violationOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.UserId;
import com.aftersales.api.review.DecideReviewDisputeCommand;
import com.aftersales.api.review.DisputeDecision;
import com.aftersales.api.review.DisputeReviewItemCommand;
import com.aftersales.api.review.ReviewDimension;
import com.aftersales.api.review.ReviewDisputeDecidedEvent;
import com.aftersales.api.review.ReviewDisputeId;
import com.aftersales.api.review.ReviewItemDisputedEvent;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** E2, S2: an engineer disputes one item of their own review; a supervisor who is not them decides it. */
class ReviewDisputeTest {
    static final UserId ENGINEER = new UserId("U-ENG-1");
    static final String METRIC = "quality.repeatRepairs";
    static final String FACT = "7d0c8f2e-5a41-4b7e-9c3d-1e2f3a4b5c6d";
    static final YearMonth MONTH = YearMonth.of(2025, 3);
    static final ReviewDisputeId DISPUTE = ReviewDisputeId.of(ENGINEER, METRIC, FACT);
    static final Map<String, String> AS_ENGINEER = as("U-ENG-1", "ENGINEER");
    static final Map<String, String> AS_SUPERVISOR = as("U-SUP-1", "SUPERVISOR");

    static Map<String, String> as(String userId, String role) {
        return Map.of(ActorMetadata.USER_ID, userId, ActorMetadata.ROLE, role);
    }

    static AggregateTestFixture<ReviewDispute> fixture() {
        return new AggregateTestFixture<>(ReviewDispute.class);
    }

    static DisputeReviewItemCommand dispute(String reason) {
        return new DisputeReviewItemCommand(DISPUTE, ENGINEER, ReviewDimension.QUALITY, METRIC, FACT, MONTH, reason);
    }

    static ReviewItemDisputedEvent disputed() {
        return new ReviewItemDisputedEvent(
                DISPUTE, ENGINEER, ReviewDimension.QUALITY, METRIC, FACT, MONTH, "返修是客户误操作，不是维修质量");
    }

    static DecideReviewDisputeCommand decide(DisputeDecision decision, String reason) {
        return new DecideReviewDisputeCommand(DISPUTE, decision, reason, null);
    }

    @Test
    @DisplayName("E2: the engineer disputes their own item, the reason stripped")
    void E2_engineerDisputesOwnItem() {
        fixture()
                .givenNoPriorActivity()
                .when(dispute("  返修是客户误操作，不是维修质量 "), AS_ENGINEER)
                .expectEvents(disputed());
    }

    @Test
    @DisplayName("E2, S2: a SUPERVISOR who is not the engineer removes the item, as themselves")
    void E2_S2_supervisorRemovesItem() {
        fixture()
                .given(disputed())
                .when(decide(DisputeDecision.ITEM_REMOVED, " 质检记录确认误操作 "), AS_SUPERVISOR)
                .expectEvents(new ReviewDisputeDecidedEvent(
                        DISPUTE,
                        ENGINEER,
                        METRIC,
                        FACT,
                        DisputeDecision.ITEM_REMOVED,
                        "质检记录确认误操作",
                        new UserId("U-SUP-1")));
    }

    @Test
    @DisplayName("E2: a MANAGER lets the item stand")
    void E2_managerLetsItemStand() {
        fixture()
                .given(disputed())
                .when(decide(DisputeDecision.ITEM_STANDS, "返修原因是焊接不良"), as("U-MGR-1", "MANAGER"))
                .expectEvents(new ReviewDisputeDecidedEvent(
                        DISPUTE,
                        ENGINEER,
                        METRIC,
                        FACT,
                        DisputeDecision.ITEM_STANDS,
                        "返修原因是焊接不良",
                        new UserId("U-MGR-1")));
    }

    @Test
    @DisplayName("E2: a decision on a version the dispute has left behind is stale")
    void E2_staleDecision() {
        fixture()
                .given(disputed())
                .when(new DecideReviewDisputeCommand(DISPUTE, DisputeDecision.ITEM_STANDS, "理由", 5L), AS_SUPERVISOR)
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- every refusal

    record Scenario(List<Object> given, Object command, Map<String, ?> metaData) {}

    private static final Map<ReviewDisputeRule, List<Scenario>> CATALOGUE = catalogue();

    @ParameterizedTest(name = "{0}")
    @EnumSource(ReviewDisputeRule.class)
    void E2_S2_everyRuleCodeNamesItsRuleAndHasARefusalScenario(ReviewDisputeRule rule) {
        assertThat(rule.ruleId()).isIn("E2", "S2");
        assertThat(rule.code()).isEqualTo(rule.name()).startsWith("REVIEW_DISPUTE_");
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
    void E2_S2_theScenarioIsRefusedWithItsRuleAndNothingIsRecorded(ReviewDisputeRule rule, Scenario scenario) {
        fixture()
                .given(scenario.given())
                .when(scenario.command(), scenario.metaData())
                .expectException(violationOf(rule))
                .expectNoEvents();
    }

    private static Scenario of(List<Object> given, Object command, Map<String, ?> metaData) {
        return new Scenario(given, command, metaData);
    }

    private static DisputeReviewItemCommand item(
            UserId engineer, ReviewDimension dimension, String metric, String fact, YearMonth month) {
        ReviewDisputeId id = engineer != null && metric != null && fact != null
                ? ReviewDisputeId.of(engineer, metric, fact)
                : DISPUTE;
        return new DisputeReviewItemCommand(id, engineer, dimension, metric, fact, month, "理由");
    }

    private static Map<ReviewDisputeRule, List<Scenario>> catalogue() {
        Map<ReviewDisputeRule, List<Scenario>> c = new EnumMap<>(ReviewDisputeRule.class);
        List<Object> none = List.of();
        List<Object> open = List.of(disputed());
        c.put(
                ReviewDisputeRule.REVIEW_DISPUTE_ENGINEER_ROLE,
                List.of(
                        of(none, dispute("理由"), as("U-ENG-1", "SUPERVISOR")),
                        of(none, dispute("理由"), Map.of(ActorMetadata.USER_ID, "U-ENG-1"))));
        c.put(
                ReviewDisputeRule.REVIEW_DISPUTE_ITEM_INCOMPLETE,
                List.of(
                        of(none, item(null, ReviewDimension.QUALITY, METRIC, FACT, MONTH), AS_ENGINEER),
                        of(none, item(ENGINEER, null, METRIC, FACT, MONTH), AS_ENGINEER),
                        of(none, item(ENGINEER, ReviewDimension.QUALITY, null, FACT, MONTH), AS_ENGINEER),
                        of(none, item(ENGINEER, ReviewDimension.QUALITY, " ", FACT, MONTH), AS_ENGINEER),
                        of(none, item(ENGINEER, ReviewDimension.QUALITY, METRIC, null, MONTH), AS_ENGINEER),
                        of(none, item(ENGINEER, ReviewDimension.QUALITY, METRIC, "", MONTH), AS_ENGINEER),
                        of(none, item(ENGINEER, ReviewDimension.QUALITY, METRIC, FACT, null), AS_ENGINEER)));
        c.put(
                ReviewDisputeRule.REVIEW_DISPUTE_NOT_OWN_ITEM,
                List.of(of(none, dispute("理由"), as("U-ENG-2", "ENGINEER"))));
        c.put(
                ReviewDisputeRule.REVIEW_DISPUTE_ID_MISMATCH,
                List.of(of(
                        none,
                        new DisputeReviewItemCommand(
                                ReviewDisputeId.of(ENGINEER, METRIC, "another-event"),
                                ENGINEER,
                                ReviewDimension.QUALITY,
                                METRIC,
                                FACT,
                                MONTH,
                                "理由"),
                        AS_ENGINEER)));
        c.put(
                ReviewDisputeRule.REVIEW_DISPUTE_REASON_REQUIRED,
                List.of(
                        of(none, dispute(" "), AS_ENGINEER),
                        of(none, dispute(null), AS_ENGINEER),
                        of(open, decide(DisputeDecision.ITEM_STANDS, ""), AS_SUPERVISOR),
                        of(open, decide(DisputeDecision.ITEM_STANDS, null), AS_SUPERVISOR)));
        c.put(ReviewDisputeRule.REVIEW_DISPUTE_ALREADY_RAISED, List.of(of(open, dispute("再说一次"), AS_ENGINEER)));
        c.put(
                ReviewDisputeRule.REVIEW_DISPUTE_DECIDER_ROLE,
                List.of(
                        of(open, decide(DisputeDecision.ITEM_REMOVED, "理由"), as("U-ENG-2", "ENGINEER")),
                        of(open, decide(DisputeDecision.ITEM_REMOVED, "理由"), as("U-QA-1", "QUALITY")),
                        of(open, decide(DisputeDecision.ITEM_REMOVED, "理由"), Map.of(ActorMetadata.USER_ID, "U-X"))));
        c.put(
                ReviewDisputeRule.REVIEW_DISPUTE_ABOUT_ONESELF,
                List.of(of(open, decide(DisputeDecision.ITEM_REMOVED, "理由"), as("U-ENG-1", "SUPERVISOR"))));
        c.put(ReviewDisputeRule.REVIEW_DISPUTE_DECISION_REQUIRED, List.of(of(open, decide(null, "理由"), AS_SUPERVISOR)));
        c.put(
                ReviewDisputeRule.REVIEW_DISPUTE_ALREADY_DECIDED,
                List.of(of(
                        List.of(
                                disputed(),
                                new ReviewDisputeDecidedEvent(
                                        DISPUTE,
                                        ENGINEER,
                                        METRIC,
                                        FACT,
                                        DisputeDecision.ITEM_STANDS,
                                        "理由",
                                        new UserId("U-SUP-1"))),
                        decide(DisputeDecision.ITEM_REMOVED, "理由"),
                        AS_SUPERVISOR)));
        return c;
    }

    @org.junit.jupiter.api.Test
    void E2_anItemIsTheEventsFactsOfOneDimensionSoItsOtherMetricNamesTheSameDispute() {
        UserId engineer = new UserId("U-ENG-1");
        org.assertj.core.api.Assertions.assertThat(ReviewDisputeId.of(engineer, "RATINGS", FACT))
                .isEqualTo(ReviewDisputeId.of(engineer, "RATING_POINTS", FACT))
                .isNotEqualTo(ReviewDisputeId.of(engineer, "ARRIVALS", FACT))
                .isNotEqualTo(ReviewDisputeId.of(new UserId("U-ENG-2"), "RATINGS", FACT));
    }
}
