package com.aftersales.command.quality;

import static com.aftersales.command.common.RuleViolations.violationOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.UserId;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.api.penalty.PenaltyKind;
import com.aftersales.api.penalty.PenaltyProposedEvent;
import com.aftersales.api.penalty.PenaltySource;
import com.aftersales.api.quality.DecideQualityReviewCommand;
import com.aftersales.api.quality.OpenQualityReviewCommand;
import com.aftersales.api.quality.PenaltyProposal;
import com.aftersales.api.quality.ProductFeedback;
import com.aftersales.api.quality.QualityCause;
import com.aftersales.api.quality.QualityReviewDecidedEvent;
import com.aftersales.api.quality.QualityReviewDecisionRevisedEvent;
import com.aftersales.api.quality.QualityReviewId;
import com.aftersales.api.quality.QualityReviewOpenedEvent;
import com.aftersales.api.quality.ReviseQualityReviewDecisionCommand;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.repair.RepeatMatch;
import com.aftersales.api.repair.RepeatRepairDetectedEvent;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * RULES R13 and S2 on the {@link QualityReview}: the review of a repeat repair of serial {@code
 * SN-HX3200-2411-00731}, first repaired by {@code U-ENG-WANG}, back 41 days later with the same
 * fuser fault and repaired again by {@code U-ENG-LI}; reviewed by {@code U-QA-ZHAO} in the role
 * QUALITY. Literal events; every rule code is refused in {@link #everyRuleCodeHasARefusalScenario}.
 */
class QualityReviewTest {
    static final RepairOrderId EARLIER = new RepairOrderId("0b5f2c4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f");
    static final RepairOrderId LATER = new RepairOrderId("7c1d9e2f-3a4b-4c5d-9e6f-1a2b3c4d5e6f");
    static final QualityReviewId REVIEW = QualityReviewId.ofRepeat(EARLIER, LATER);
    static final UserId EARLIER_ENGINEER = new UserId("U-ENG-WANG");
    static final UserId LATER_ENGINEER = new UserId("U-ENG-LI");
    static final String REVIEWER = "U-QA-ZHAO";
    static final PenaltyId PENALTY = new PenaltyId("5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c");
    static final EvidenceRef EARLIER_ORDER = new EvidenceRef(EvidenceKind.REPAIR_ORDER, EARLIER.value());
    static final EvidenceRef LATER_ORDER = new EvidenceRef(EvidenceKind.REPAIR_ORDER, LATER.value());
    static final EvidenceRef DIAGNOSIS = new EvidenceRef(EvidenceKind.DIAGNOSIS, LATER.value() + "/diagnosis");
    static final List<EvidenceRef> BOTH_ORDERS = List.of(EARLIER_ORDER, LATER_ORDER, DIAGNOSIS);
    static final String REASONS = "定影组件装配时未按规程紧固，41 天后同一故障复发";
    static final ProductFeedback FEEDBACK = new ProductFeedback(List.of("研发部", "供应商 华星定影"), "定影膜批次 2411 寿命不足");

    private AggregateTestFixture<QualityReview> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(QualityReview.class);
    }

    static Map<String, String> as(String user, String role) {
        return Map.of(ActorMetadata.USER_ID, user, ActorMetadata.ROLE, role);
    }

    static Map<String, String> quality() {
        return as(REVIEWER, "QUALITY");
    }

    static Map<String, String> system() {
        return as(ActorMetadata.SYSTEM_USER, ActorMetadata.SYSTEM_ROLE);
    }

    static RepeatRepairDetectedEvent detected() {
        return new RepeatRepairDetectedEvent(
                LATER,
                EARLIER,
                "SN-HX3200-2411-00731",
                RepeatMatch.FAULT_CATEGORY_AND_PART,
                "FUSER",
                List.of("FU-3200-01"),
                LocalDate.parse("2025-02-01"),
                LocalDate.parse("2025-03-14"),
                41,
                90,
                3,
                EARLIER_ENGINEER,
                LATER_ENGINEER,
                REVIEW);
    }

    static QualityReviewOpenedEvent opened() {
        return new QualityReviewOpenedEvent(
                REVIEW,
                LATER,
                EARLIER,
                "SN-HX3200-2411-00731",
                RepeatMatch.FAULT_CATEGORY_AND_PART,
                "FUSER",
                List.of("FU-3200-01"),
                LocalDate.parse("2025-02-01"),
                LocalDate.parse("2025-03-14"),
                41,
                90,
                3,
                EARLIER_ENGINEER,
                LATER_ENGINEER);
    }

    static DecideQualityReviewCommand decide(QualityCause cause, PenaltyProposal proposal) {
        return new DecideQualityReviewCommand(
                REVIEW, cause, REASONS, BOTH_ORDERS, cause == QualityCause.PRODUCT ? FEEDBACK : null, proposal);
    }

    static QualityReviewDecidedEvent decided(QualityCause cause) {
        return new QualityReviewDecidedEvent(
                REVIEW,
                cause,
                REASONS,
                BOTH_ORDERS,
                cause == QualityCause.PRODUCT ? FEEDBACK : null,
                cause == QualityCause.ENGINEER ? EARLIER_ENGINEER : null,
                new UserId(REVIEWER),
                null);
    }

    static PenaltyProposal proposal() {
        return new PenaltyProposal(PENALTY, PenaltyKind.FINE, "返修造成客户停机两天");
    }

    static ReviseQualityReviewDecisionCommand revise(QualityCause cause, String reason) {
        return new ReviseQualityReviewDecisionCommand(
                REVIEW, cause, REASONS, BOTH_ORDERS, cause == QualityCause.PRODUCT ? FEEDBACK : null, reason);
    }

    // ---------------------------------------------------------------- opening (R12 → R13)

    @Test
    void aDetectedRepeatOpensItsReviewWithTheRepeatsFacts_R13() {
        fixture.givenNoPriorActivity()
                .when(OpenQualityReviewCommand.of(detected()), system())
                .expectSuccessfulHandlerExecution()
                .expectEvents(opened());
    }

    @Test
    void openingAReviewThatIsOpenChangesNothing_R13() {
        fixture.given(opened())
                .when(OpenQualityReviewCommand.of(detected()), system())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void openingADecidedReviewAgainChangesNothing_R13() {
        fixture.given(opened(), decided(QualityCause.CUSTOMER))
                .when(OpenQualityReviewCommand.of(detected()), system())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aReviewWithoutTheRepeatsFactsIsRefused_R13() {
        for (OpenQualityReviewCommand incomplete : List.of(
                open(null, EARLIER, EARLIER_ENGINEER, LATER_ENGINEER, "SN-1", RepeatMatch.FAULT_CATEGORY),
                open(LATER, null, EARLIER_ENGINEER, LATER_ENGINEER, "SN-1", RepeatMatch.FAULT_CATEGORY),
                open(LATER, EARLIER, null, LATER_ENGINEER, "SN-1", RepeatMatch.FAULT_CATEGORY),
                open(LATER, EARLIER, EARLIER_ENGINEER, null, "SN-1", RepeatMatch.FAULT_CATEGORY),
                open(LATER, EARLIER, EARLIER_ENGINEER, LATER_ENGINEER, null, RepeatMatch.FAULT_CATEGORY),
                open(LATER, EARLIER, EARLIER_ENGINEER, LATER_ENGINEER, "SN-1", null))) {
            new AggregateTestFixture<>(QualityReview.class)
                    .givenNoPriorActivity()
                    .when(incomplete, system())
                    .expectException(violationOf(QualityReviewRule.REVIEW_FACTS_REQUIRED))
                    .expectNoEvents();
        }
    }

    static OpenQualityReviewCommand open(
            RepairOrderId later,
            RepairOrderId earlier,
            UserId earlierEngineer,
            UserId laterEngineer,
            String serial,
            RepeatMatch match) {
        return new OpenQualityReviewCommand(
                REVIEW,
                later,
                earlier,
                serial,
                match,
                "FUSER",
                null,
                null,
                null,
                41,
                90,
                3,
                earlierEngineer,
                laterEngineer);
    }

    // ---------------------------------------------------------------- deciding (R13)

    @Test
    void qualityDecidesACustomerCauseThatCountsAgainstNobody_R13() {
        fixture.given(opened())
                .when(decide(QualityCause.CUSTOMER, null), quality())
                .expectEvents(decided(QualityCause.CUSTOMER));
    }

    @Test
    void anEngineerCauseCountsAgainstTheEngineerOfTheEarlierRepair_R13() {
        fixture.given(opened())
                .when(decide(QualityCause.ENGINEER, null), quality())
                .expectEvents(decided(QualityCause.ENGINEER));
    }

    @Test
    void aProductCauseRecordsItsFeedbackToEngineeringAndTheSupplier_R13() {
        fixture.given(opened())
                .when(decide(QualityCause.PRODUCT, null), quality())
                .expectEvents(decided(QualityCause.PRODUCT));
    }

    @Test
    void anEngineerCauseWithAProposalOpensThePenaltyInTheSameUnitOfWork_R13_P1_P2() {
        fixture.given(opened())
                .when(decide(QualityCause.ENGINEER, proposal()), quality())
                .expectEvents(
                        new QualityReviewDecidedEvent(
                                REVIEW,
                                QualityCause.ENGINEER,
                                REASONS,
                                BOTH_ORDERS,
                                null,
                                EARLIER_ENGINEER,
                                new UserId(REVIEWER),
                                PENALTY),
                        new PenaltyProposedEvent(
                                PENALTY,
                                PenaltySource.QUALITY_REVIEW,
                                REVIEW.value(),
                                EARLIER_ENGINEER,
                                List.of(
                                        new EvidenceRef(EvidenceKind.QUALITY_REVIEW, REVIEW.value()),
                                        EARLIER_ORDER,
                                        LATER_ORDER,
                                        DIAGNOSIS),
                                PenaltyKind.FINE,
                                "返修造成客户停机两天",
                                new UserId(REVIEWER)));
    }

    @Test
    void thePenaltyCitesTheReviewAndBothOrdersFirstWhicheverOrderTheDecisionCitedThem_P2() {
        List<EvidenceRef> cited = List.of(DIAGNOSIS, LATER_ORDER, EARLIER_ORDER);
        fixture.given(opened())
                .when(
                        new DecideQualityReviewCommand(REVIEW, QualityCause.ENGINEER, REASONS, cited, null, proposal()),
                        quality())
                .expectEvents(
                        new QualityReviewDecidedEvent(
                                REVIEW,
                                QualityCause.ENGINEER,
                                REASONS,
                                cited,
                                null,
                                EARLIER_ENGINEER,
                                new UserId(REVIEWER),
                                PENALTY),
                        new PenaltyProposedEvent(
                                PENALTY,
                                PenaltySource.QUALITY_REVIEW,
                                REVIEW.value(),
                                EARLIER_ENGINEER,
                                List.of(
                                        new EvidenceRef(EvidenceKind.QUALITY_REVIEW, REVIEW.value()),
                                        EARLIER_ORDER,
                                        LATER_ORDER,
                                        DIAGNOSIS),
                                PenaltyKind.FINE,
                                "返修造成客户停机两天",
                                new UserId(REVIEWER)));
    }

    @Test
    void aDecisionThatCitesNeitherOrderIsRefused_R13() {
        fixture.given(opened())
                .when(
                        new DecideQualityReviewCommand(
                                REVIEW, QualityCause.CUSTOMER, REASONS, List.of(DIAGNOSIS), null, null),
                        quality())
                .expectException(violationOf(QualityReviewRule.REVIEW_ORDERS_NOT_CITED))
                .expectNoEvents();
    }

    @Test
    void aDecisionThatCitesOnlyTheLaterOrderIsRefused_R13() {
        fixture.given(opened())
                .when(
                        new DecideQualityReviewCommand(
                                REVIEW, QualityCause.CUSTOMER, REASONS, List.of(LATER_ORDER), null, null),
                        quality())
                .expectException(violationOf(QualityReviewRule.REVIEW_ORDERS_NOT_CITED))
                .expectNoEvents();
    }

    @Test
    void aDecisionThatCitesOnlyTheEarlierOrderIsRefused_R13() {
        fixture.given(opened())
                .when(
                        new DecideQualityReviewCommand(
                                REVIEW, QualityCause.CUSTOMER, REASONS, List.of(EARLIER_ORDER), null, null),
                        quality())
                .expectException(violationOf(QualityReviewRule.REVIEW_ORDERS_NOT_CITED))
                .expectNoEvents();
    }

    @Test
    void aDecisionWithoutACauseIsRefused_R13() {
        fixture.given(opened())
                .when(new DecideQualityReviewCommand(REVIEW, null, REASONS, BOTH_ORDERS, null, null), quality())
                .expectException(violationOf(QualityReviewRule.REVIEW_CAUSE_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void aDecisionWithoutReasonsIsRefused_R13() {
        for (String blank : new String[] {null, " "}) {
            new AggregateTestFixture<>(QualityReview.class)
                    .given(opened())
                    .when(
                            new DecideQualityReviewCommand(
                                    REVIEW, QualityCause.CUSTOMER, blank, BOTH_ORDERS, null, null),
                            quality())
                    .expectException(violationOf(QualityReviewRule.REVIEW_REASONS_REQUIRED))
                    .expectNoEvents();
        }
    }

    @Test
    void aProductCauseWithoutRecipientsOrNotesIsRefused_R13() {
        for (ProductFeedback missing : new ProductFeedback[] {
            null, new ProductFeedback(List.of(), "批次问题"), new ProductFeedback(List.of("研发部"), " ")
        }) {
            new AggregateTestFixture<>(QualityReview.class)
                    .given(opened())
                    .when(
                            new DecideQualityReviewCommand(
                                    REVIEW, QualityCause.PRODUCT, REASONS, BOTH_ORDERS, missing, null),
                            quality())
                    .expectException(violationOf(QualityReviewRule.REVIEW_PRODUCT_FEEDBACK_REQUIRED))
                    .expectNoEvents();
        }
    }

    @Test
    void feedbackOnAnEngineerCauseIsRefused_R13() {
        fixture.given(opened())
                .when(
                        new DecideQualityReviewCommand(
                                REVIEW, QualityCause.ENGINEER, REASONS, BOTH_ORDERS, FEEDBACK, null),
                        quality())
                .expectException(violationOf(QualityReviewRule.REVIEW_FEEDBACK_ONLY_FOR_PRODUCT))
                .expectNoEvents();
    }

    @Test
    void aPenaltyProposalOnACauseOtherThanEngineerIsRefused_R13() {
        for (QualityCause cause : List.of(QualityCause.PRODUCT, QualityCause.CUSTOMER)) {
            new AggregateTestFixture<>(QualityReview.class)
                    .given(opened())
                    .when(decide(cause, proposal()), quality())
                    .expectException(violationOf(QualityReviewRule.REVIEW_PENALTY_ONLY_FOR_ENGINEER_CAUSE))
                    .expectNoEvents();
        }
    }

    @Test
    void anIncompletePenaltyProposalIsRefused_P1() {
        for (PenaltyProposal incomplete : List.of(
                new PenaltyProposal(null, PenaltyKind.FINE, "停机两天"),
                new PenaltyProposal(PENALTY, null, "停机两天"),
                new PenaltyProposal(PENALTY, PenaltyKind.FINE, null),
                new PenaltyProposal(PENALTY, PenaltyKind.FINE, " "))) {
            new AggregateTestFixture<>(QualityReview.class)
                    .given(opened())
                    .when(decide(QualityCause.ENGINEER, incomplete), quality())
                    .expectException(violationOf(QualityReviewRule.REVIEW_PENALTY_PROPOSAL_INCOMPLETE))
                    .expectNoEvents();
        }
    }

    @Test
    void aReviewIsDecidedOnce_R13() {
        fixture.given(opened(), decided(QualityCause.CUSTOMER))
                .when(decide(QualityCause.ENGINEER, null), quality())
                .expectException(violationOf(QualityReviewRule.REVIEW_ALREADY_DECIDED))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- S2

    @Test
    void aReviewIsDecidedInTheRoleQuality_S2() {
        for (String role : List.of("SUPERVISOR", "MANAGER", "ENGINEER")) {
            new AggregateTestFixture<>(QualityReview.class)
                    .given(opened())
                    .when(decide(QualityCause.CUSTOMER, null), as(REVIEWER, role))
                    .expectException(violationOf(QualityReviewRule.REVIEW_NOT_BY_QUALITY))
                    .expectNoEvents();
        }
    }

    @Test
    void theEngineerOfTheEarlierRepairDoesNotReviewIt_S2() {
        fixture.given(opened())
                .when(decide(QualityCause.CUSTOMER, null), as(EARLIER_ENGINEER.value(), "QUALITY"))
                .expectException(violationOf(QualityReviewRule.REVIEW_OF_OWN_WORK))
                .expectNoEvents();
    }

    @Test
    void theEngineerOfTheLaterRepairDoesNotReviewIt_S2() {
        fixture.given(opened())
                .when(decide(QualityCause.ENGINEER, null), as(LATER_ENGINEER.value(), "QUALITY"))
                .expectException(violationOf(QualityReviewRule.REVIEW_OF_OWN_WORK))
                .expectNoEvents();
    }

    @Test
    void norRevisesIt_S2() {
        fixture.given(opened(), decided(QualityCause.CUSTOMER))
                .when(revise(QualityCause.ENGINEER, "复核发现装配问题"), as(LATER_ENGINEER.value(), "QUALITY"))
                .expectException(violationOf(QualityReviewRule.REVIEW_OF_OWN_WORK))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- revision (R13)

    @Test
    void aCorrectionIsARevisedDecisionRecordedAfterTheFirst_R13() {
        fixture.given(opened(), decided(QualityCause.CUSTOMER))
                .when(revise(QualityCause.ENGINEER, "复核发现装配问题"), quality())
                .expectEvents(new QualityReviewDecisionRevisedEvent(
                        REVIEW,
                        1,
                        QualityCause.CUSTOMER,
                        QualityCause.ENGINEER,
                        REASONS,
                        BOTH_ORDERS,
                        null,
                        EARLIER_ENGINEER,
                        "复核发现装配问题",
                        new UserId(REVIEWER)));
    }

    @Test
    void aSecondRevisionCountsOnAndStartsFromTheRevisedCause_R13() {
        fixture.given(
                        opened(),
                        decided(QualityCause.CUSTOMER),
                        new QualityReviewDecisionRevisedEvent(
                                REVIEW,
                                1,
                                QualityCause.CUSTOMER,
                                QualityCause.ENGINEER,
                                REASONS,
                                BOTH_ORDERS,
                                null,
                                EARLIER_ENGINEER,
                                "复核发现装配问题",
                                new UserId(REVIEWER)))
                .when(revise(QualityCause.PRODUCT, "供应商确认批次缺陷"), quality())
                .expectEvents(new QualityReviewDecisionRevisedEvent(
                        REVIEW,
                        2,
                        QualityCause.ENGINEER,
                        QualityCause.PRODUCT,
                        REASONS,
                        BOTH_ORDERS,
                        FEEDBACK,
                        null,
                        "供应商确认批次缺陷",
                        new UserId(REVIEWER)));
    }

    @Test
    void anUndecidedReviewHasNothingToRevise_R13() {
        fixture.given(opened())
                .when(revise(QualityCause.ENGINEER, "复核"), quality())
                .expectException(violationOf(QualityReviewRule.REVIEW_NOT_DECIDED))
                .expectNoEvents();
    }

    @Test
    void aRevisionWithoutItsReasonIsRefused_R13() {
        for (String blank : new String[] {null, ""}) {
            new AggregateTestFixture<>(QualityReview.class)
                    .given(opened(), decided(QualityCause.CUSTOMER))
                    .when(revise(QualityCause.ENGINEER, blank), quality())
                    .expectException(violationOf(QualityReviewRule.REVIEW_REVISION_REASON_REQUIRED))
                    .expectNoEvents();
        }
    }

    @Test
    void aRevisionKeepsTheRulesOfADecision_R13() {
        fixture.given(opened(), decided(QualityCause.CUSTOMER))
                .when(
                        new ReviseQualityReviewDecisionCommand(
                                REVIEW, QualityCause.ENGINEER, REASONS, List.of(LATER_ORDER), null, "复核"),
                        quality())
                .expectException(violationOf(QualityReviewRule.REVIEW_ORDERS_NOT_CITED))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- every rule code proven

    record Scenario(List<Object> given, Object command, Map<String, String> metaData) {}

    private static final Map<QualityReviewRule, Scenario> CATALOGUE = catalogue();

    private static Map<QualityReviewRule, Scenario> catalogue() {
        Map<QualityReviewRule, Scenario> c = new EnumMap<>(QualityReviewRule.class);
        List<Object> open = List.of(opened());
        List<Object> decidedCustomer = List.of(opened(), decided(QualityCause.CUSTOMER));
        c.put(
                QualityReviewRule.REVIEW_FACTS_REQUIRED,
                new Scenario(
                        List.of(),
                        open(LATER, EARLIER, null, LATER_ENGINEER, "SN-1", RepeatMatch.FAULT_CATEGORY),
                        system()));
        c.put(
                QualityReviewRule.REVIEW_ALREADY_DECIDED,
                new Scenario(decidedCustomer, decide(QualityCause.CUSTOMER, null), quality()));
        c.put(QualityReviewRule.REVIEW_NOT_DECIDED, new Scenario(open, revise(QualityCause.CUSTOMER, "复核"), quality()));
        c.put(
                QualityReviewRule.REVIEW_CAUSE_REQUIRED,
                new Scenario(
                        open,
                        new DecideQualityReviewCommand(REVIEW, null, REASONS, BOTH_ORDERS, null, null),
                        quality()));
        c.put(
                QualityReviewRule.REVIEW_REASONS_REQUIRED,
                new Scenario(
                        open,
                        new DecideQualityReviewCommand(REVIEW, QualityCause.CUSTOMER, "", BOTH_ORDERS, null, null),
                        quality()));
        c.put(
                QualityReviewRule.REVIEW_ORDERS_NOT_CITED,
                new Scenario(
                        open,
                        new DecideQualityReviewCommand(REVIEW, QualityCause.CUSTOMER, REASONS, List.of(), null, null),
                        quality()));
        c.put(
                QualityReviewRule.REVIEW_PRODUCT_FEEDBACK_REQUIRED,
                new Scenario(
                        open,
                        new DecideQualityReviewCommand(REVIEW, QualityCause.PRODUCT, REASONS, BOTH_ORDERS, null, null),
                        quality()));
        c.put(
                QualityReviewRule.REVIEW_FEEDBACK_ONLY_FOR_PRODUCT,
                new Scenario(
                        open,
                        new DecideQualityReviewCommand(
                                REVIEW, QualityCause.CUSTOMER, REASONS, BOTH_ORDERS, FEEDBACK, null),
                        quality()));
        c.put(
                QualityReviewRule.REVIEW_PENALTY_ONLY_FOR_ENGINEER_CAUSE,
                new Scenario(open, decide(QualityCause.CUSTOMER, proposal()), quality()));
        c.put(
                QualityReviewRule.REVIEW_REVISION_REASON_REQUIRED,
                new Scenario(decidedCustomer, revise(QualityCause.ENGINEER, " "), quality()));
        c.put(
                QualityReviewRule.REVIEW_PENALTY_PROPOSAL_INCOMPLETE,
                new Scenario(open, decide(QualityCause.ENGINEER, new PenaltyProposal(PENALTY, null, "停机")), quality()));
        c.put(
                QualityReviewRule.REVIEW_NOT_BY_QUALITY,
                new Scenario(open, decide(QualityCause.CUSTOMER, null), as(REVIEWER, "SUPERVISOR")));
        c.put(
                QualityReviewRule.REVIEW_OF_OWN_WORK,
                new Scenario(open, decide(QualityCause.CUSTOMER, null), as(EARLIER_ENGINEER.value(), "QUALITY")));
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(QualityReviewRule.class)
    void everyRuleCodeNamesItsRuleAndACodeOfItsOwn(QualityReviewRule rule) {
        assertThat(rule.ruleId()).isIn("R13", "P1", "S2");
        assertThat(rule.code()).isEqualTo(rule.name()).startsWith("REVIEW_");
        assertThat(rule.violation("why").ruleId()).isEqualTo(rule.ruleId());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(QualityReviewRule.class)
    void everyRuleCodeHasARefusalScenario(QualityReviewRule rule) {
        Scenario scenario = CATALOGUE.get(rule);
        assertThat(scenario).as("a refusal scenario for %s", rule).isNotNull();

        fixture.given(scenario.given())
                .when(scenario.command(), scenario.metaData())
                .expectException(violationOf(rule))
                .expectNoEvents();
    }
}
