package com.aftersales.app.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.common.UserId;
import com.aftersales.api.penalty.AppealOutcome;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.api.penalty.FindPenaltyQuery;
import com.aftersales.api.penalty.FindPenaltyRegisterQuery;
import com.aftersales.api.penalty.PenaltyAppealDecidedEvent;
import com.aftersales.api.penalty.PenaltyAppealedEvent;
import com.aftersales.api.penalty.PenaltyFactView;
import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.api.penalty.PenaltyImposedEvent;
import com.aftersales.api.penalty.PenaltyKind;
import com.aftersales.api.penalty.PenaltyProposedEvent;
import com.aftersales.api.penalty.PenaltyRevokedEvent;
import com.aftersales.api.penalty.PenaltySource;
import com.aftersales.api.penalty.PenaltyStatus;
import com.aftersales.api.penalty.PenaltySummaryView;
import com.aftersales.api.penalty.PenaltyView;
import com.aftersales.api.quality.FindQualityReviewQuery;
import com.aftersales.api.quality.FindQualityReviewQueueQuery;
import com.aftersales.api.quality.FindRepeatRatesQuery;
import com.aftersales.api.quality.ProductFeedback;
import com.aftersales.api.quality.QualityCause;
import com.aftersales.api.quality.QualityReviewDecidedEvent;
import com.aftersales.api.quality.QualityReviewDecisionRevisedEvent;
import com.aftersales.api.quality.QualityReviewId;
import com.aftersales.api.quality.QualityReviewOpenedEvent;
import com.aftersales.api.quality.QualityReviewView;
import com.aftersales.api.quality.RepeatRateDimension;
import com.aftersales.api.quality.RepeatRateView;
import com.aftersales.api.quality.ReviewStatus;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.repair.RepeatMatch;
import com.aftersales.app.quality.RepeatRepairs.Repeat;
import com.aftersales.app.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read models of quality reviews (queue, review, repeat-repair rates) and of penalties (the
 * register and each penalty's facts): given these events in the store, with their metadata, then
 * this view. The review and penalty events are published here as their aggregates record them;
 * the repair orders' contract events by {@link RepeatRepairs}.
 */
class QualityProjectionsIntegrationTest extends IntegrationTest {
    private static final Instant AT = Instant.parse("2031-03-14T02:00:00Z");

    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    QueryGateway queries;

    @Test
    void anOpenedReviewIsInTheQueueAndADecisionAndItsRevisionShowWhoDecidedInWhichRole_R13() {
        RepairOrderId earlier = RepairOrderId.random();
        RepairOrderId later = RepairOrderId.random();
        QualityReviewId review = QualityReviewId.ofRepeat(earlier, later);
        List<EvidenceRef> evidence = List.of(
                new EvidenceRef(EvidenceKind.REPAIR_ORDER, earlier.value()),
                new EvidenceRef(EvidenceKind.REPAIR_ORDER, later.value()));
        given(
                review.value(),
                "QualityReview",
                Map.of("userId", "system", "role", "SYSTEM"),
                opened(review, earlier, later));
        QualityReviewView open = awaitReview(review, view -> view.status() == ReviewStatus.OPEN);
        assertThat(open.serialNumber()).isEqualTo("SN-P-" + review.value().substring(0, 8));
        assertThat(open.sameParts()).containsExactly("FU-1");
        assertThat(open.cause()).isNull();
        assertThat(queue(ReviewStatus.OPEN)).contains(review.value());
        assertThat(queue(ReviewStatus.DECIDED)).doesNotContain(review.value());

        PenaltyId penalty = PenaltyId.random();
        givenFrom(
                review.value(),
                "QualityReview",
                1,
                Map.of("userId", "U-QA-1", "role", "QUALITY"),
                new QualityReviewDecidedEvent(
                        review,
                        QualityCause.ENGINEER,
                        "装配问题",
                        evidence,
                        null,
                        new UserId("U-ENG-A"),
                        new UserId("U-QA-1"),
                        penalty));
        QualityReviewView decided = awaitReview(review, view -> view.status() == ReviewStatus.DECIDED);
        assertThat(decided.cause()).isEqualTo(QualityCause.ENGINEER);
        assertThat(decided.evidence()).isEqualTo(evidence);
        assertThat(decided.countsAgainst()).isEqualTo("U-ENG-A");
        assertThat(decided.penaltyId()).isEqualTo(penalty.value());
        assertThat(decided.decidedBy()).isEqualTo("U-QA-1");
        assertThat(decided.decidedRole()).isEqualTo("QUALITY");
        assertThat(decided.decidedAt()).isEqualTo(AT.plusSeconds(1));
        assertThat(queue(ReviewStatus.DECIDED)).contains(review.value());

        givenFrom(
                review.value(),
                "QualityReview",
                2,
                Map.of("userId", "U-QA-2", "role", "QUALITY"),
                new QualityReviewDecisionRevisedEvent(
                        review,
                        1,
                        QualityCause.ENGINEER,
                        QualityCause.PRODUCT,
                        "批次缺陷",
                        evidence,
                        new ProductFeedback(List.of("研发部", "供应商"), "定影膜寿命不足"),
                        null,
                        "供应商确认",
                        new UserId("U-QA-2")));
        QualityReviewView revised = awaitReview(review, view -> view.revision() == 1);
        assertThat(revised.cause()).isEqualTo(QualityCause.PRODUCT);
        assertThat(revised.feedbackRecipients()).containsExactly("研发部", "供应商");
        assertThat(revised.feedbackNotes()).isEqualTo("定影膜寿命不足");
        assertThat(revised.countsAgainst()).isNull();
        assertThat(revised.penaltyId()).as("the proposed penalty stays linked").isEqualTo(penalty.value());
        assertThat(revised.decidedBy()).isEqualTo("U-QA-2");
    }

    @Test
    void ratesCountRepeatsAgainstTheEarlierRepairOverCompletedRepairsAndFollowTheLatestCause_R13() {
        RepeatRepairs repairs = new RepeatRepairs(eventStore, transaction);
        String engineer = "U-RATE-" + UUID.randomUUID().toString().substring(0, 8);
        Repeat repeat = repairs.repeat(engineer, "U-RATE-LATER");
        repairs.completed(engineer, repeat.model(), repeat.category());
        repairs.completed(engineer, repeat.model(), "OTHER-" + repeat.category());
        repairs.completed(engineer, repeat.model(), "OTHER-" + repeat.category());

        RepeatRateView byEngineer = awaitRate(RepeatRateDimension.ENGINEER, engineer, 4);
        assertThat(byEngineer)
                .isEqualTo(new RepeatRateView(engineer, 4, 1, 0, new BigDecimal("25.00"), BigDecimal.ZERO.setScale(2)));
        RepeatRateView byCategory = awaitRate(RepeatRateDimension.FAULT_CATEGORY, repeat.category(), 2);
        assertThat(byCategory.repeatRepairs()).isEqualTo(1);
        assertThat(byCategory.repeatRatePercent()).isEqualByComparingTo("50");
        assertThat(awaitRate(RepeatRateDimension.MODEL, repeat.model(), 4).repeatRatePercent())
                .isEqualByComparingTo("25");

        // a later repeat counts only once its review finds the engineer caused it
        List<EvidenceRef> evidence = List.of(
                new EvidenceRef(EvidenceKind.REPAIR_ORDER, repeat.earlier().value()),
                new EvidenceRef(EvidenceKind.REPAIR_ORDER, repeat.later().value()));
        // the reactor opened the review (sequence 0); its decision follows
        awaitReview(repeat.review(), view -> view.status() == ReviewStatus.OPEN);
        givenFrom(
                repeat.review().value(),
                "QualityReview",
                1,
                Map.of("userId", "U-QA-1", "role", "QUALITY"),
                new QualityReviewDecidedEvent(
                        repeat.review(),
                        QualityCause.ENGINEER,
                        "装配问题",
                        evidence,
                        null,
                        new UserId(engineer),
                        new UserId("U-QA-1"),
                        null));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> rate(RepeatRateDimension.ENGINEER, engineer).engineerCaused() == 1);
        assertThat(rate(RepeatRateDimension.ENGINEER, engineer).engineerCausedRatePercent())
                .isEqualByComparingTo("25");
        givenFrom(
                repeat.review().value(),
                "QualityReview",
                2,
                Map.of("userId", "U-QA-1", "role", "QUALITY"),
                new QualityReviewDecisionRevisedEvent(
                        repeat.review(),
                        1,
                        QualityCause.ENGINEER,
                        QualityCause.CUSTOMER,
                        "客户拆机",
                        evidence,
                        null,
                        null,
                        "复核",
                        new UserId("U-QA-1")));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> rate(RepeatRateDimension.ENGINEER, engineer).engineerCaused() == 0);
    }

    @Test
    void aPenaltysRegisterLineAndFactsShowEachStepWithWhoRoleAndWhen_P1_P2_P3() {
        PenaltyId penalty = PenaltyId.random();
        UserId subject = new UserId("U-PEN-" + UUID.randomUUID().toString().substring(0, 8));
        EvidenceRef complaint = new EvidenceRef(EvidenceKind.COMPLAINT, "C-9");
        String id = penalty.value();
        givenFrom(
                id,
                "Penalty",
                0,
                Map.of("userId", "U-SUP", "role", "SUPERVISOR"),
                new PenaltyProposedEvent(
                        penalty,
                        PenaltySource.COMPLAINT,
                        "C-9",
                        subject,
                        List.of(complaint),
                        PenaltyKind.WARNING,
                        "投诉属实",
                        new UserId("U-SUP")));
        givenFrom(
                id,
                "Penalty",
                1,
                Map.of("userId", "U-MGR", "role", "MANAGER"),
                new PenaltyImposedEvent(
                        penalty, subject, PenaltyKind.FINE, new BigDecimal("150.50"), "罚款", new UserId("U-MGR")));
        givenFrom(
                id,
                "Penalty",
                2,
                Map.of("userId", subject.value(), "role", "ENGINEER"),
                new PenaltyAppealedEvent(penalty, subject, "不服"));
        givenFrom(
                id,
                "Penalty",
                3,
                Map.of("userId", "U-MGR", "role", "MANAGER"),
                new PenaltyAppealDecidedEvent(penalty, subject, AppealOutcome.UPHELD, "成立", new UserId("U-MGR")),
                new PenaltyRevokedEvent(penalty, subject, "成立", new UserId("U-MGR"), true));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> find(penalty) != null && find(penalty).facts().size() == 5);
        PenaltyView view = find(penalty);
        assertThat(view.summary().status()).isEqualTo(PenaltyStatus.REVOKED);
        assertThat(view.summary().kind()).isEqualTo(PenaltyKind.FINE);
        assertThat(view.summary().fineAmount()).isEqualByComparingTo("150.50");
        assertThat(view.summary().proposedBy()).isEqualTo("U-SUP");
        assertThat(view.evidence()).containsExactly(complaint);
        assertThat(view.facts())
                .extracting(
                        PenaltyFactView::eventType,
                        PenaltyFactView::actorId,
                        PenaltyFactView::actorRole,
                        PenaltyFactView::reason,
                        PenaltyFactView::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "PenaltyProposedEvent", "U-SUP", "SUPERVISOR", "投诉属实", "WARNING"),
                        org.assertj.core.groups.Tuple.tuple(
                                "PenaltyImposedEvent", "U-MGR", "MANAGER", "罚款", "FINE 150.50"),
                        org.assertj.core.groups.Tuple.tuple(
                                "PenaltyAppealedEvent", subject.value(), "ENGINEER", "不服", null),
                        org.assertj.core.groups.Tuple.tuple(
                                "PenaltyAppealDecidedEvent", "U-MGR", "MANAGER", "成立", "UPHELD"),
                        org.assertj.core.groups.Tuple.tuple(
                                "PenaltyRevokedEvent", "U-MGR", "MANAGER", "成立", "ON_APPEAL"));
        assertThat(view.facts().get(1).recordedAt()).isEqualTo(AT.plusSeconds(1));
        List<PenaltySummaryView> register = queries.query(
                        new FindPenaltyRegisterQuery(subject),
                        ResponseTypes.multipleInstancesOf(PenaltySummaryView.class))
                .join();
        assertThat(register).extracting(PenaltySummaryView::penaltyId).containsExactly(id);
    }

    private static QualityReviewOpenedEvent opened(QualityReviewId review, RepairOrderId earlier, RepairOrderId later) {
        return new QualityReviewOpenedEvent(
                review,
                later,
                earlier,
                "SN-P-" + review.value().substring(0, 8),
                RepeatMatch.REPLACED_PART,
                "FUSER",
                List.of("FU-1"),
                LocalDate.parse("2031-02-01"),
                LocalDate.parse("2031-03-14"),
                41,
                90,
                1,
                new UserId("U-ENG-A"),
                new UserId("U-ENG-B"));
    }

    private void given(String aggregateId, String type, Map<String, String> metaData, Object... events) {
        givenFrom(aggregateId, type, 0, metaData, events);
    }

    private void givenFrom(
            String aggregateId, String type, long first, Map<String, String> metaData, Object... events) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            messages.add(new GenericDomainEventMessage<>(
                    type,
                    aggregateId,
                    first + i,
                    events[i],
                    metaData,
                    UUID.randomUUID().toString(),
                    AT.plusSeconds(first + i)));
        }
        transaction.executeWithoutResult(status -> eventStore.publish(messages));
    }

    private QualityReviewView awaitReview(
            QualityReviewId review, java.util.function.Predicate<QualityReviewView> shown) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            QualityReviewView view = review(review);
            return view != null && shown.test(view);
        });
        return review(review);
    }

    private QualityReviewView review(QualityReviewId review) {
        return queries.query(new FindQualityReviewQuery(review), ResponseTypes.instanceOf(QualityReviewView.class))
                .join();
    }

    private List<String> queue(ReviewStatus status) {
        return queries
                .query(
                        new FindQualityReviewQueueQuery(status),
                        ResponseTypes.multipleInstancesOf(QualityReviewView.class))
                .join()
                .stream()
                .map(QualityReviewView::reviewId)
                .toList();
    }

    private RepeatRateView awaitRate(RepeatRateDimension by, String key, long completed) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            RepeatRateView rate = rate(by, key);
            return rate != null && rate.completedRepairs() == completed && rate.repeatRepairs() == 1;
        });
        return rate(by, key);
    }

    private RepeatRateView rate(RepeatRateDimension by, String key) {
        return queries
                .query(new FindRepeatRatesQuery(by), ResponseTypes.multipleInstancesOf(RepeatRateView.class))
                .join()
                .stream()
                .filter(row -> row.key().equals(key))
                .findFirst()
                .orElse(null);
    }

    private PenaltyView find(PenaltyId penalty) {
        return queries.query(new FindPenaltyQuery(penalty), ResponseTypes.instanceOf(PenaltyView.class))
                .join();
    }
}
