package com.aftersales.command.penalty;

import static com.aftersales.command.common.RuleViolations.violationOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.UserId;
import com.aftersales.api.penalty.AppealOutcome;
import com.aftersales.api.penalty.AppealPenaltyCommand;
import com.aftersales.api.penalty.DecidePenaltyAppealCommand;
import com.aftersales.api.penalty.DecidePenaltyCommand;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.api.penalty.PenaltyAppealDecidedEvent;
import com.aftersales.api.penalty.PenaltyAppealedEvent;
import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.api.penalty.PenaltyImposedEvent;
import com.aftersales.api.penalty.PenaltyKind;
import com.aftersales.api.penalty.PenaltyProposedEvent;
import com.aftersales.api.penalty.PenaltyRejectedEvent;
import com.aftersales.api.penalty.PenaltyRevokedEvent;
import com.aftersales.api.penalty.PenaltySource;
import com.aftersales.api.penalty.ProposePenaltyCommand;
import com.aftersales.api.penalty.RevokePenaltyCommand;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * RULES P1–P3 and S2 on the {@link Penalty}: a penalty against engineer {@code U-ENG-WANG},
 * proposed by supervisor {@code U-SUP-CHEN} from a complaint (created by the complaint, C5), by
 * QUALITY's {@code U-QA-ZHAO} from a review (created by the review, R13) or by FINANCE's {@code
 * U-FIN-QIAN} from an expense audit (the only source proposed by command), decided by manager
 * {@code U-MGR-SUN}. Literal events; every rule code is refused
 * in {@link #everyRuleCodeHasARefusalScenario}.
 */
class PenaltyTest {
    static final PenaltyId PENALTY = new PenaltyId("5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c");
    static final UserId SUBJECT = new UserId("U-ENG-WANG");
    static final String SUPERVISOR = "U-SUP-CHEN";
    static final String QUALITY = "U-QA-ZHAO";
    static final String MANAGER = "U-MGR-SUN";
    static final String FINANCE = "U-FIN-QIAN";
    static final String AUDIT_ID = "EA-2025-03-7";
    static final String COMPLAINT_ID = "c0ffee00-1111-4222-8333-444455556666";
    static final String REVIEW_ID = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";
    static final EvidenceRef CALL = new EvidenceRef(EvidenceKind.EVENT, "b1c2d3e4-0000-4000-8000-00000000e001");
    static final EvidenceRef COMPLAINT = new EvidenceRef(EvidenceKind.COMPLAINT, COMPLAINT_ID);
    static final String REASON = "上门服务时与客户争执，客户投诉属实";

    private AggregateTestFixture<Penalty> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Penalty.class);
    }

    static Map<String, String> as(String user, String role) {
        return Map.of(ActorMetadata.USER_ID, user, ActorMetadata.ROLE, role);
    }

    static Map<String, String> manager() {
        return as(MANAGER, "MANAGER");
    }

    static Map<String, String> subject() {
        return as(SUBJECT.value(), "ENGINEER");
    }

    static ProposePenaltyCommand propose(PenaltySource source, String sourceId, List<EvidenceRef> evidence) {
        return new ProposePenaltyCommand(PENALTY, source, sourceId, SUBJECT, evidence, PenaltyKind.WARNING, REASON);
    }

    static ProposePenaltyCommand fromAudit() {
        return propose(PenaltySource.EXPENSE_AUDIT, AUDIT_ID, List.of(CALL));
    }

    /** What another aggregate hands the public constructor (R13, C5, X6) to propose a penalty in its unit of work. */
    record Proposal(
            PenaltySource source,
            String sourceId,
            UserId subject,
            List<EvidenceRef> evidence,
            PenaltyKind kind,
            String reason,
            String actor,
            String role) {}

    /** The events the constructor applies, in a lifecycle of its own. */
    static List<Object> construct(Proposal p) {
        org.axonframework.test.aggregate.StubAggregateLifecycle lifecycle =
                new org.axonframework.test.aggregate.StubAggregateLifecycle();
        lifecycle.activate();
        try {
            new Penalty(
                    PENALTY,
                    p.source(),
                    p.sourceId(),
                    p.subject(),
                    p.evidence(),
                    p.kind(),
                    p.reason(),
                    p.actor(),
                    p.role());
            return lifecycle.getAppliedEventPayloads();
        } finally {
            lifecycle.close();
        }
    }

    static void assertRefused(Proposal proposal, PenaltyRule rule) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> construct(proposal))
                .isInstanceOfSatisfying(
                        com.aftersales.api.common.BusinessRuleViolation.class,
                        v -> assertThat(v.code()).isEqualTo(rule.code()));
    }

    static Map<String, String> finance() {
        return as(FINANCE, "FINANCE");
    }

    static PenaltyProposedEvent proposed() {
        return new PenaltyProposedEvent(
                PENALTY,
                PenaltySource.COMPLAINT,
                COMPLAINT_ID,
                SUBJECT,
                List.of(COMPLAINT, CALL),
                PenaltyKind.WARNING,
                REASON,
                new UserId(SUPERVISOR));
    }

    static PenaltyImposedEvent imposedFine() {
        return new PenaltyImposedEvent(
                PENALTY, SUBJECT, PenaltyKind.FINE, new BigDecimal("200.00"), "情节属实，罚款", new UserId(MANAGER));
    }

    static PenaltyAppealedEvent appealed() {
        return new PenaltyAppealedEvent(PENALTY, SUBJECT, "客户当日情绪激动，录音可证我未争执");
    }

    static DecidePenaltyCommand impose(PenaltyKind kind, BigDecimal amount) {
        return new DecidePenaltyCommand(PENALTY, true, kind, amount, "情节属实，罚款");
    }

    // ---------------------------------------------------------------- P1, P2: proposals

    @Test
    void aComplaintsInvestigationProposesThroughTheConstructorCitingTheComplaintFirst_P1_P2() {
        org.axonframework.test.aggregate.StubAggregateLifecycle lifecycle =
                new org.axonframework.test.aggregate.StubAggregateLifecycle();
        lifecycle.activate();
        try {
            new Penalty(
                    PENALTY,
                    PenaltySource.COMPLAINT,
                    COMPLAINT_ID,
                    SUBJECT,
                    List.of(CALL, COMPLAINT),
                    PenaltyKind.WARNING,
                    REASON,
                    SUPERVISOR,
                    "SUPERVISOR");
            assertThat(lifecycle.getAppliedEventPayloads()).containsExactly(proposed());
        } finally {
            lifecycle.close();
        }
    }

    @Test
    void aComplaintsPenaltyIsNotProposedOnItsOwnEvenByASupervisor_P1() {
        fixture.givenNoPriorActivity()
                .when(propose(PenaltySource.COMPLAINT, COMPLAINT_ID, List.of(CALL)), as(SUPERVISOR, "SUPERVISOR"))
                .expectException(violationOf(PenaltyRule.PENALTY_COMPLAINT_PROPOSAL_BY_COMPLAINT_ONLY))
                .expectNoEvents();
    }

    @Test
    void financeProposesFromAnExpenseAuditAndTheSourceCitedTwiceIsCitedOnce_P1_P2() {
        EvidenceRef audit = new EvidenceRef(EvidenceKind.EXPENSE_AUDIT, AUDIT_ID);
        assertThat(construct(new Proposal(
                        PenaltySource.EXPENSE_AUDIT,
                        AUDIT_ID,
                        SUBJECT,
                        List.of(CALL, audit),
                        PenaltyKind.NON_REIMBURSEMENT,
                        "住宿发票与行程不符",
                        "U-FIN-QIAN",
                        "FINANCE")))
                .containsExactly(new PenaltyProposedEvent(
                        PENALTY,
                        PenaltySource.EXPENSE_AUDIT,
                        AUDIT_ID,
                        SUBJECT,
                        List.of(audit, CALL),
                        PenaltyKind.NON_REIMBURSEMENT,
                        "住宿发票与行程不符",
                        new UserId("U-FIN-QIAN")));
    }

    @Test
    void anExpenseAuditsPenaltyIsNotProposedOnItsOwnEvenByFinance_X6_P1() {
        fixture.givenNoPriorActivity()
                .when(fromAudit(), finance())
                .expectException(violationOf(PenaltyRule.PENALTY_EXPENSE_PROPOSAL_BY_CLAIM_ONLY))
                .expectNoEvents();
    }

    @Test
    void aProposalIsMadeInTheRoleItsSourceNeeds_P1() {
        for (String wrong : List.of("SUPERVISOR", "QUALITY", "MANAGER")) {
            assertRefused(
                    new Proposal(
                            PenaltySource.EXPENSE_AUDIT,
                            "S-1",
                            SUBJECT,
                            List.of(CALL),
                            PenaltyKind.WARNING,
                            REASON,
                            SUPERVISOR,
                            wrong),
                    PenaltyRule.PENALTY_PROPOSER_ROLE);
        }
        org.axonframework.test.aggregate.StubAggregateLifecycle lifecycle =
                new org.axonframework.test.aggregate.StubAggregateLifecycle();
        lifecycle.activate();
        try {
            for (String wrong : List.of("FINANCE", "MANAGER", "QUALITY")) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Penalty(
                                PENALTY,
                                PenaltySource.COMPLAINT,
                                COMPLAINT_ID,
                                SUBJECT,
                                List.of(CALL),
                                PenaltyKind.WARNING,
                                REASON,
                                SUPERVISOR,
                                wrong))
                        .isInstanceOfSatisfying(
                                com.aftersales.api.common.BusinessRuleViolation.class,
                                v -> assertThat(v.code()).isEqualTo(PenaltyRule.PENALTY_PROPOSER_ROLE.code()));
            }
            assertThat(lifecycle.getAppliedEventPayloads()).isEmpty();
        } finally {
            lifecycle.close();
        }
    }

    @Test
    void aReviewsPenaltyIsNotProposedOnItsOwnEvenByQuality_P1() {
        fixture.givenNoPriorActivity()
                .when(propose(PenaltySource.QUALITY_REVIEW, REVIEW_ID, List.of(CALL)), as(QUALITY, "QUALITY"))
                .expectException(violationOf(PenaltyRule.PENALTY_REVIEW_PROPOSAL_BY_DECISION_ONLY))
                .expectNoEvents();
    }

    @Test
    void theReviewsProposalIsMadeByQualityAndNoOtherRole_P1() {
        Penalty fromReview = new Penalty();
        assertThat(fromReview).isNotNull();
        org.axonframework.test.aggregate.StubAggregateLifecycle lifecycle =
                new org.axonframework.test.aggregate.StubAggregateLifecycle();
        lifecycle.activate();
        try {
            new Penalty(
                    PENALTY,
                    PenaltySource.QUALITY_REVIEW,
                    REVIEW_ID,
                    SUBJECT,
                    List.of(CALL),
                    PenaltyKind.FINE,
                    REASON,
                    QUALITY,
                    "QUALITY");
            assertThat(lifecycle.getAppliedEventPayloads())
                    .containsExactly(new PenaltyProposedEvent(
                            PENALTY,
                            PenaltySource.QUALITY_REVIEW,
                            REVIEW_ID,
                            SUBJECT,
                            List.of(new EvidenceRef(EvidenceKind.QUALITY_REVIEW, REVIEW_ID), CALL),
                            PenaltyKind.FINE,
                            REASON,
                            new UserId(QUALITY)));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Penalty(
                            PENALTY,
                            PenaltySource.QUALITY_REVIEW,
                            REVIEW_ID,
                            SUBJECT,
                            List.of(CALL),
                            PenaltyKind.FINE,
                            REASON,
                            SUPERVISOR,
                            "SUPERVISOR"))
                    .isInstanceOfSatisfying(
                            com.aftersales.api.common.BusinessRuleViolation.class,
                            v -> assertThat(v.code()).isEqualTo(PenaltyRule.PENALTY_PROPOSER_ROLE.code()));
        } finally {
            lifecycle.close();
        }
    }

    @Test
    void aProposalNamesItsSourceAndSubject_P1() {
        fixture.givenNoPriorActivity()
                .when(
                        new ProposePenaltyCommand(
                                PENALTY, null, AUDIT_ID, SUBJECT, List.of(CALL), PenaltyKind.WARNING, REASON),
                        finance())
                .expectException(violationOf(PenaltyRule.PENALTY_SOURCE_REQUIRED))
                .expectNoEvents();
        for (Proposal incomplete : List.of(
                new Proposal(
                        PenaltySource.EXPENSE_AUDIT,
                        " ",
                        SUBJECT,
                        List.of(CALL),
                        PenaltyKind.WARNING,
                        REASON,
                        FINANCE,
                        "FINANCE"),
                new Proposal(
                        PenaltySource.EXPENSE_AUDIT,
                        null,
                        SUBJECT,
                        List.of(CALL),
                        PenaltyKind.WARNING,
                        REASON,
                        FINANCE,
                        "FINANCE"),
                new Proposal(
                        PenaltySource.EXPENSE_AUDIT,
                        AUDIT_ID,
                        null,
                        List.of(CALL),
                        PenaltyKind.WARNING,
                        REASON,
                        FINANCE,
                        "FINANCE"))) {
            assertRefused(incomplete, PenaltyRule.PENALTY_SOURCE_REQUIRED);
        }
    }

    @Test
    void aProposalSuggestsAKindAndSaysWhy_P1() {
        assertRefused(
                new Proposal(
                        PenaltySource.EXPENSE_AUDIT,
                        AUDIT_ID,
                        SUBJECT,
                        List.of(CALL),
                        null,
                        REASON,
                        FINANCE,
                        "FINANCE"),
                PenaltyRule.PENALTY_KIND_REQUIRED);
        assertRefused(
                new Proposal(
                        PenaltySource.EXPENSE_AUDIT,
                        AUDIT_ID,
                        SUBJECT,
                        List.of(CALL),
                        PenaltyKind.WARNING,
                        " ",
                        FINANCE,
                        "FINANCE"),
                PenaltyRule.PENALTY_REASON_REQUIRED);
    }

    @Test
    void aProposalWithoutEvidenceIsRefused_P2() {
        assertRefused(
                new Proposal(
                        PenaltySource.EXPENSE_AUDIT,
                        AUDIT_ID,
                        SUBJECT,
                        List.of(),
                        PenaltyKind.WARNING,
                        REASON,
                        FINANCE,
                        "FINANCE"),
                PenaltyRule.PENALTY_EVIDENCE_REQUIRED);
    }

    @Test
    void aManagerImposesAFineWithItsAmount_P1() {
        fixture.given(proposed())
                .when(impose(PenaltyKind.FINE, new BigDecimal("200.00")), manager())
                .expectEvents(imposedFine());
    }

    @Test
    void aManagerImposesEachOtherKindWithoutAnAmount_P1() {
        for (PenaltyKind kind : List.of(
                PenaltyKind.WARNING,
                PenaltyKind.NON_REIMBURSEMENT,
                PenaltyKind.DISMISSAL,
                PenaltyKind.LEGAL_REFERRAL)) {
            new AggregateTestFixture<>(Penalty.class)
                    .given(proposed())
                    .when(impose(kind, null), manager())
                    .expectEvents(
                            new PenaltyImposedEvent(PENALTY, SUBJECT, kind, null, "情节属实，罚款", new UserId(MANAGER)));
        }
    }

    @Test
    void aManagerRejectsAProposalWithAReason_P1() {
        fixture.given(proposed())
                .when(new DecidePenaltyCommand(PENALTY, false, null, null, "投诉经核实不成立"), manager())
                .expectEvents(new PenaltyRejectedEvent(PENALTY, SUBJECT, "投诉经核实不成立", new UserId(MANAGER)));
    }

    @Test
    void aFineWithoutAPositiveAmountIsRefused_P1() {
        for (BigDecimal amount : new BigDecimal[] {null, BigDecimal.ZERO, new BigDecimal("-50")}) {
            new AggregateTestFixture<>(Penalty.class)
                    .given(proposed())
                    .when(impose(PenaltyKind.FINE, amount), manager())
                    .expectException(violationOf(PenaltyRule.PENALTY_FINE_AMOUNT_REQUIRED))
                    .expectNoEvents();
        }
    }

    @Test
    void aFineOfOneFenIsAFine_P1() {
        fixture.given(proposed())
                .when(impose(PenaltyKind.FINE, new BigDecimal("0.01")), manager())
                .expectEvents(new PenaltyImposedEvent(
                        PENALTY, SUBJECT, PenaltyKind.FINE, new BigDecimal("0.01"), "情节属实，罚款", new UserId(MANAGER)));
    }

    @Test
    void anAmountOnAnotherKindIsRefused_P1() {
        fixture.given(proposed())
                .when(impose(PenaltyKind.WARNING, new BigDecimal("100")), manager())
                .expectException(violationOf(PenaltyRule.PENALTY_AMOUNT_ONLY_FOR_FINE))
                .expectNoEvents();
    }

    @Test
    void anImposedPenaltyHasAKind_P1() {
        fixture.given(proposed())
                .when(impose(null, null), manager())
                .expectException(violationOf(PenaltyRule.PENALTY_KIND_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void aDecisionSaysWhy_P1() {
        fixture.given(proposed())
                .when(new DecidePenaltyCommand(PENALTY, false, null, null, null), manager())
                .expectException(violationOf(PenaltyRule.PENALTY_REASON_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void onlyAManagerDecides_P1() {
        for (String role : List.of("SUPERVISOR", "QUALITY", "FINANCE", "ADMIN")) {
            new AggregateTestFixture<>(Penalty.class)
                    .given(proposed())
                    .when(impose(PenaltyKind.WARNING, null), as(MANAGER, role))
                    .expectException(violationOf(PenaltyRule.PENALTY_NOT_A_MANAGER))
                    .expectNoEvents();
        }
    }

    @Test
    void aProposalIsDecidedOnce_P1() {
        for (List<Object> decided : List.of(
                List.<Object>of(proposed(), imposedFine()),
                List.<Object>of(proposed(), new PenaltyRejectedEvent(PENALTY, SUBJECT, "不成立", new UserId(MANAGER))))) {
            new AggregateTestFixture<>(Penalty.class)
                    .given(decided)
                    .when(impose(PenaltyKind.WARNING, null), as("U-MGR-2", "MANAGER"))
                    .expectException(violationOf(PenaltyRule.PENALTY_ALREADY_DECIDED))
                    .expectNoEvents();
        }
    }

    // ---------------------------------------------------------------- S2

    @Test
    void nobodyDecidesAPenaltyAboutThemselves_S2() {
        fixture.given(proposed())
                .when(new DecidePenaltyCommand(PENALTY, false, null, null, "不成立"), as(SUBJECT.value(), "MANAGER"))
                .expectException(violationOf(PenaltyRule.PENALTY_ABOUT_ONESELF))
                .expectNoEvents();
    }

    @Test
    void theProposerDoesNotDecideTheirOwnProposal_S2() {
        fixture.given(proposed())
                .when(impose(PenaltyKind.WARNING, null), as(SUPERVISOR, "MANAGER"))
                .expectException(violationOf(PenaltyRule.PENALTY_OWN_PROPOSAL))
                .expectNoEvents();
    }

    @Test
    void nobodyRevokesAPenaltyAboutThemselves_S2() {
        fixture.given(proposed(), imposedFine())
                .when(new RevokePenaltyCommand(PENALTY, "撤销"), as(SUBJECT.value(), "MANAGER"))
                .expectException(violationOf(PenaltyRule.PENALTY_ABOUT_ONESELF))
                .expectNoEvents();
    }

    @Test
    void nobodyDecidesTheAppealOfAPenaltyAboutThemselves_S2() {
        fixture.given(proposed(), imposedFine(), appealed())
                .when(
                        new DecidePenaltyAppealCommand(PENALTY, AppealOutcome.UPHELD, "成立"),
                        as(SUBJECT.value(), "MANAGER"))
                .expectException(violationOf(PenaltyRule.PENALTY_ABOUT_ONESELF))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- P3: appeal and revocation

    @Test
    void theSubjectAppealsAnImposedPenalty_P3() {
        fixture.given(proposed(), imposedFine())
                .when(new AppealPenaltyCommand(PENALTY, "客户当日情绪激动，录音可证我未争执"), subject())
                .expectEvents(appealed());
    }

    @Test
    void onlyTheSubjectAppeals_P3() {
        fixture.given(proposed(), imposedFine())
                .when(new AppealPenaltyCommand(PENALTY, "替他申诉"), as("U-ENG-LI", "ENGINEER"))
                .expectException(violationOf(PenaltyRule.PENALTY_APPEAL_NOT_BY_SUBJECT))
                .expectNoEvents();
    }

    @Test
    void anAppealSaysWhy_P3() {
        fixture.given(proposed(), imposedFine())
                .when(new AppealPenaltyCommand(PENALTY, " "), subject())
                .expectException(violationOf(PenaltyRule.PENALTY_APPEAL_REASON_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void aPenaltyNotImposedCannotBeAppealed_P3() {
        for (List<Object> history : List.of(
                List.<Object>of(proposed()),
                List.<Object>of(proposed(), new PenaltyRejectedEvent(PENALTY, SUBJECT, "不成立", new UserId(MANAGER))),
                List.<Object>of(
                        proposed(),
                        imposedFine(),
                        new PenaltyRevokedEvent(PENALTY, SUBJECT, "撤销", new UserId(MANAGER), false)))) {
            new AggregateTestFixture<>(Penalty.class)
                    .given(history)
                    .when(new AppealPenaltyCommand(PENALTY, "申诉"), subject())
                    .expectException(violationOf(PenaltyRule.PENALTY_NOT_IMPOSED))
                    .expectNoEvents();
        }
    }

    @Test
    void aPenaltyIsAppealedOnceEvenAfterTheAppealWasDismissed_P3() {
        fixture.given(
                        proposed(),
                        imposedFine(),
                        appealed(),
                        new PenaltyAppealDecidedEvent(
                                PENALTY, SUBJECT, AppealOutcome.DISMISSED, "录音不支持", new UserId(MANAGER)))
                .when(new AppealPenaltyCommand(PENALTY, "再次申诉"), subject())
                .expectException(violationOf(PenaltyRule.PENALTY_ALREADY_APPEALED))
                .expectNoEvents();
    }

    @Test
    void anUpheldAppealRevokesThePenalty_P3() {
        fixture.given(proposed(), imposedFine(), appealed())
                .when(new DecidePenaltyAppealCommand(PENALTY, AppealOutcome.UPHELD, "录音证实"), manager())
                .expectEvents(
                        new PenaltyAppealDecidedEvent(
                                PENALTY, SUBJECT, AppealOutcome.UPHELD, "录音证实", new UserId(MANAGER)),
                        new PenaltyRevokedEvent(PENALTY, SUBJECT, "录音证实", new UserId(MANAGER), true));
    }

    @Test
    void aDismissedAppealLeavesThePenaltyStandingAndRevocableByAManager_P3() {
        fixture.given(proposed(), imposedFine(), appealed())
                .when(new DecidePenaltyAppealCommand(PENALTY, AppealOutcome.DISMISSED, "录音不支持"), manager())
                .expectEvents(new PenaltyAppealDecidedEvent(
                        PENALTY, SUBJECT, AppealOutcome.DISMISSED, "录音不支持", new UserId(MANAGER)));
        new AggregateTestFixture<>(Penalty.class)
                .given(
                        proposed(),
                        imposedFine(),
                        appealed(),
                        new PenaltyAppealDecidedEvent(
                                PENALTY, SUBJECT, AppealOutcome.DISMISSED, "录音不支持", new UserId(MANAGER)))
                .when(new RevokePenaltyCommand(PENALTY, "年度复核撤销"), manager())
                .expectEvents(new PenaltyRevokedEvent(PENALTY, SUBJECT, "年度复核撤销", new UserId(MANAGER), false));
    }

    @Test
    void anAppealIsDecidedByAManagerWhenOneIsPendingWithAnOutcomeAndAReason_P3() {
        fixture.given(proposed(), imposedFine())
                .when(new DecidePenaltyAppealCommand(PENALTY, AppealOutcome.UPHELD, "成立"), manager())
                .expectException(violationOf(PenaltyRule.PENALTY_NO_APPEAL_PENDING));
        new AggregateTestFixture<>(Penalty.class)
                .given(proposed(), imposedFine(), appealed())
                .when(new DecidePenaltyAppealCommand(PENALTY, null, "成立"), manager())
                .expectException(violationOf(PenaltyRule.PENALTY_APPEAL_OUTCOME_REQUIRED));
        new AggregateTestFixture<>(Penalty.class)
                .given(proposed(), imposedFine(), appealed())
                .when(new DecidePenaltyAppealCommand(PENALTY, AppealOutcome.DISMISSED, ""), manager())
                .expectException(violationOf(PenaltyRule.PENALTY_APPEAL_REASON_REQUIRED));
        new AggregateTestFixture<>(Penalty.class)
                .given(proposed(), imposedFine(), appealed())
                .when(
                        new DecidePenaltyAppealCommand(PENALTY, AppealOutcome.DISMISSED, "不成立"),
                        as(MANAGER, "SUPERVISOR"))
                .expectException(violationOf(PenaltyRule.PENALTY_NOT_A_MANAGER))
                .expectNoEvents();
    }

    @Test
    void aManagerRevokesAnImposedPenaltyWithAReason_P3() {
        fixture.given(proposed(), imposedFine())
                .when(new RevokePenaltyCommand(PENALTY, "复核后认定处罚过重"), manager())
                .expectEvents(new PenaltyRevokedEvent(PENALTY, SUBJECT, "复核后认定处罚过重", new UserId(MANAGER), false));
    }

    @Test
    void aRevocationEndsAPendingAppeal_P3() {
        fixture.given(proposed(), imposedFine(), appealed())
                .when(new RevokePenaltyCommand(PENALTY, "申诉理由成立"), manager())
                .expectEvents(new PenaltyRevokedEvent(PENALTY, SUBJECT, "申诉理由成立", new UserId(MANAGER), false));
    }

    @Test
    void aRevocationSaysWhyAndNeedsAnImposedPenaltyAndAManager_P3() {
        fixture.given(proposed(), imposedFine())
                .when(new RevokePenaltyCommand(PENALTY, null), manager())
                .expectException(violationOf(PenaltyRule.PENALTY_REVOCATION_REASON_REQUIRED));
        for (List<Object> history : List.of(
                List.<Object>of(proposed()),
                List.<Object>of(proposed(), new PenaltyRejectedEvent(PENALTY, SUBJECT, "不成立", new UserId(MANAGER))),
                List.<Object>of(
                        proposed(),
                        imposedFine(),
                        new PenaltyRevokedEvent(PENALTY, SUBJECT, "撤销", new UserId(MANAGER), false)))) {
            new AggregateTestFixture<>(Penalty.class)
                    .given(history)
                    .when(new RevokePenaltyCommand(PENALTY, "撤销"), manager())
                    .expectException(violationOf(PenaltyRule.PENALTY_NOT_IMPOSED))
                    .expectNoEvents();
        }
        new AggregateTestFixture<>(Penalty.class)
                .given(proposed(), imposedFine())
                .when(new RevokePenaltyCommand(PENALTY, "撤销"), as(MANAGER, "QUALITY"))
                .expectException(violationOf(PenaltyRule.PENALTY_NOT_A_MANAGER))
                .expectNoEvents();
    }

    /** P3: a penalty is never deleted: no command of the penalty removes one or its facts. */
    @Test
    void noCommandDeletesAPenalty_P3() {
        List<String> commands = new ArrayList<>();
        Stream.<Executable>concat(
                        Stream.of(Penalty.class.getDeclaredConstructors()),
                        Stream.of(Penalty.class.getDeclaredMethods()))
                .filter(handler -> handler.isAnnotationPresent(CommandHandler.class))
                .forEach(handler -> commands.add(handler.getParameterTypes()[0].getSimpleName()));
        assertThat(commands)
                .containsExactlyInAnyOrder(
                        "ProposePenaltyCommand",
                        "DecidePenaltyCommand",
                        "AppealPenaltyCommand",
                        "DecidePenaltyAppealCommand",
                        "RevokePenaltyCommand")
                .noneMatch(name -> name.startsWith("Delete") || name.startsWith("Remove"));
        assertThat(Constructor.class).isNotNull();
        assertThat(Method.class).isNotNull();
    }

    // ---------------------------------------------------------------- every rule code proven

    record Scenario(List<Object> given, Object command, Map<String, String> metaData) {}

    private static Map<PenaltyRule, Scenario> catalogue() {
        Map<PenaltyRule, Scenario> c = new EnumMap<>(PenaltyRule.class);
        Map<String, String> supervisor = as(SUPERVISOR, "SUPERVISOR");
        List<Object> open = List.of(proposed());
        List<Object> imposed = List.of(proposed(), imposedFine());
        List<Object> appealedNow = List.of(proposed(), imposedFine(), appealed());
        c.put(
                PenaltyRule.PENALTY_SOURCE_REQUIRED,
                new Scenario(List.of(), propose(null, AUDIT_ID, List.of(CALL)), finance()));
        c.put(
                PenaltyRule.PENALTY_PROPOSER_ROLE,
                new Scenario(
                        List.of(),
                        new Proposal(
                                PenaltySource.EXPENSE_AUDIT,
                                AUDIT_ID,
                                SUBJECT,
                                List.of(CALL),
                                PenaltyKind.WARNING,
                                REASON,
                                SUPERVISOR,
                                "SUPERVISOR"),
                        Map.of()));
        c.put(PenaltyRule.PENALTY_EXPENSE_PROPOSAL_BY_CLAIM_ONLY, new Scenario(List.of(), fromAudit(), finance()));
        c.put(
                PenaltyRule.PENALTY_COMPLAINT_PROPOSAL_BY_COMPLAINT_ONLY,
                new Scenario(List.of(), propose(PenaltySource.COMPLAINT, COMPLAINT_ID, List.of(CALL)), supervisor));
        c.put(
                PenaltyRule.PENALTY_REVIEW_PROPOSAL_BY_DECISION_ONLY,
                new Scenario(
                        List.of(),
                        propose(PenaltySource.QUALITY_REVIEW, REVIEW_ID, List.of(CALL)),
                        as(QUALITY, "QUALITY")));
        c.put(PenaltyRule.PENALTY_KIND_REQUIRED, new Scenario(open, impose(null, null), manager()));
        c.put(
                PenaltyRule.PENALTY_REASON_REQUIRED,
                new Scenario(open, new DecidePenaltyCommand(PENALTY, true, PenaltyKind.WARNING, null, " "), manager()));
        c.put(PenaltyRule.PENALTY_NOT_A_MANAGER, new Scenario(open, impose(PenaltyKind.WARNING, null), supervisor));
        c.put(PenaltyRule.PENALTY_ALREADY_DECIDED, new Scenario(imposed, impose(PenaltyKind.WARNING, null), manager()));
        c.put(PenaltyRule.PENALTY_FINE_AMOUNT_REQUIRED, new Scenario(open, impose(PenaltyKind.FINE, null), manager()));
        c.put(
                PenaltyRule.PENALTY_AMOUNT_ONLY_FOR_FINE,
                new Scenario(open, impose(PenaltyKind.DISMISSAL, BigDecimal.TEN), manager()));
        c.put(
                PenaltyRule.PENALTY_EVIDENCE_REQUIRED,
                new Scenario(
                        List.of(),
                        new Proposal(
                                PenaltySource.EXPENSE_AUDIT,
                                AUDIT_ID,
                                SUBJECT,
                                List.of(),
                                PenaltyKind.WARNING,
                                REASON,
                                FINANCE,
                                "FINANCE"),
                        Map.of()));
        c.put(PenaltyRule.PENALTY_NOT_IMPOSED, new Scenario(open, new RevokePenaltyCommand(PENALTY, "撤销"), manager()));
        c.put(
                PenaltyRule.PENALTY_APPEAL_NOT_BY_SUBJECT,
                new Scenario(imposed, new AppealPenaltyCommand(PENALTY, "申诉"), manager()));
        c.put(
                PenaltyRule.PENALTY_ALREADY_APPEALED,
                new Scenario(appealedNow, new AppealPenaltyCommand(PENALTY, "申诉"), subject()));
        c.put(
                PenaltyRule.PENALTY_NO_APPEAL_PENDING,
                new Scenario(
                        imposed, new DecidePenaltyAppealCommand(PENALTY, AppealOutcome.DISMISSED, "不成立"), manager()));
        c.put(
                PenaltyRule.PENALTY_APPEAL_OUTCOME_REQUIRED,
                new Scenario(appealedNow, new DecidePenaltyAppealCommand(PENALTY, null, "不成立"), manager()));
        c.put(
                PenaltyRule.PENALTY_APPEAL_REASON_REQUIRED,
                new Scenario(imposed, new AppealPenaltyCommand(PENALTY, null), subject()));
        c.put(
                PenaltyRule.PENALTY_REVOCATION_REASON_REQUIRED,
                new Scenario(imposed, new RevokePenaltyCommand(PENALTY, ""), manager()));
        c.put(
                PenaltyRule.PENALTY_ABOUT_ONESELF,
                new Scenario(open, impose(PenaltyKind.WARNING, null), as(SUBJECT.value(), "MANAGER")));
        c.put(
                PenaltyRule.PENALTY_OWN_PROPOSAL,
                new Scenario(open, impose(PenaltyKind.WARNING, null), as(SUPERVISOR, "MANAGER")));
        return c;
    }

    private static final Map<PenaltyRule, Scenario> CATALOGUE = catalogue();

    @ParameterizedTest(name = "{0}")
    @EnumSource(PenaltyRule.class)
    void everyRuleCodeNamesItsRuleAndACodeOfItsOwn(PenaltyRule rule) {
        assertThat(rule.ruleId()).isIn("P1", "P2", "P3", "S2");
        assertThat(rule.code()).isEqualTo(rule.name()).startsWith("PENALTY_");
        assertThat(rule.violation("why").code()).isEqualTo(rule.code());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PenaltyRule.class)
    void everyRuleCodeHasARefusalScenario(PenaltyRule rule) {
        Scenario scenario = CATALOGUE.get(rule);
        assertThat(scenario).as("a refusal scenario for %s", rule).isNotNull();

        if (scenario.command() instanceof Proposal proposal) {
            assertRefused(proposal, rule);
            return;
        }
        fixture.given(scenario.given())
                .when(scenario.command(), scenario.metaData())
                .expectException(violationOf(rule))
                .expectNoEvents();
    }
}
