package com.aftersales.app.review;

import static com.aftersales.app.review.ReviewEvents.at;
import static com.aftersales.app.review.ReviewEvents.by;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.common.UserId;
import com.aftersales.api.complaint.ComplaintAcceptedEvent;
import com.aftersales.api.complaint.ComplaintCategory;
import com.aftersales.api.complaint.ComplaintId;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.api.penalty.PenaltyImposedEvent;
import com.aftersales.api.penalty.PenaltyKind;
import com.aftersales.api.penalty.PenaltyProposedEvent;
import com.aftersales.api.penalty.PenaltySource;
import com.aftersales.api.policy.PolicyId;
import com.aftersales.api.policy.PolicySettings;
import com.aftersales.api.policy.PolicySettingsChangedEvent;
import com.aftersales.api.policy.ReviewSettings;
import com.aftersales.api.quality.ProductFeedback;
import com.aftersales.api.quality.QualityCause;
import com.aftersales.api.quality.QualityReviewDecidedEvent;
import com.aftersales.api.quality.QualityReviewDecisionRevisedEvent;
import com.aftersales.api.quality.QualityReviewId;
import com.aftersales.api.repair.QcStage;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.repair.RepairQcFailedEvent;
import com.aftersales.api.repair.RepairQcPassedEvent;
import com.aftersales.api.review.DisputeDecision;
import com.aftersales.api.review.EngineerReviewRow;
import com.aftersales.api.review.EngineerReviewView;
import com.aftersales.api.review.PeriodReviewView;
import com.aftersales.api.review.ReviewDimension;
import com.aftersales.api.review.ReviewDisputeDecidedEvent;
import com.aftersales.api.review.ReviewDisputeId;
import com.aftersales.api.review.ReviewFactView;
import com.aftersales.api.review.ReviewItemDisputedEvent;
import com.aftersales.api.review.ReviewMetric;
import com.aftersales.api.ticket.CallbackMethod;
import com.aftersales.api.ticket.CallbackRecordedEvent;
import com.aftersales.api.ticket.EngineerArrivedEvent;
import com.aftersales.api.ticket.EngineerAssignedEvent;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.ServiceReportSubmittedEvent;
import com.aftersales.api.ticket.SlaBreachedEvent;
import com.aftersales.api.ticket.SlaClock;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.query.review.EngineerReviewProjection;
import com.aftersales.query.review.ReviewQueries;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review read model (E1–E3): given a scripted month of events in the store for engineers of
 * the test's own, in a month of its own far in the future, then every metric, score, total and
 * rank as computed by hand below; the penalties of the month; a disputed item removed; redelivery
 * changing nothing.
 */
class EngineerReviewProjectionIntegrationTest extends IntegrationTest {
    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReviewQueries reviews;

    @Autowired
    EngineerReviewProjection projection;

    private ReviewEvents events;
    private String engineerA;
    private String engineerB;
    private String engineerC;

    @BeforeEach
    void ownData() {
        events = new ReviewEvents(eventStore, transaction);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        engineerA = "U-REV-A-" + unique;
        engineerB = "U-REV-B-" + unique;
        engineerC = "U-REV-C-" + unique;
        TestUsers.create(jdbc, engineerA, "rev-a-" + unique, "ENGINEER");
        TestUsers.create(jdbc, engineerB, "rev-b-" + unique, "ENGINEER");
        TestUsers.create(jdbc, engineerC, "rev-c-" + unique, "ENGINEER");
    }

    /** What the scripted month recorded, for the tests that look at it. */
    record Script(
            YearMonth month,
            TicketId ticket1,
            String removedComplaintFact,
            String standingCallbackFact,
            String arrivalFact,
            Instant arrivalAt,
            ComplaintId keptComplaint,
            String keptComplaintFact,
            Instant keptComplaintAt,
            ReviewDisputeId removal,
            ReviewDisputeDecidedEvent removalDecision,
            PenaltyId penalty) {}

    @Test
    @DisplayName("E1 E2 E3: every metric, score, the total and the rank of a scripted month, computed by hand")
    void E1_E2_E3_theScriptedMonthScoresAsComputedByHand() {
        Script script = scriptedMonth(ReviewEvents.ownMonth(2400, 5000));
        YearMonth month = script.month();

        PeriodReviewView period = reviews.period(month, month);
        // no policy version was recorded after the defaults' family changed: the weights are the defaults
        assertThat(period.settings()).isEqualTo(ReviewSettings.DEFAULTS);
        assertThat(period.engineers())
                .extracting(EngineerReviewRow::engineerId)
                .containsExactly(engineerB, engineerC, engineerA);
        EngineerReviewRow a = row(period, engineerA);
        // QUALITY: 1 repeat repair (R13), 1 QC failure, 2 QC passes as the base
        assertThat(a.metric(ReviewMetric.REPEAT_REPAIR)).isEqualTo(1);
        assertThat(a.metric(ReviewMetric.QC_FAILED)).isEqualTo(1);
        assertThat(a.metric(ReviewMetric.QC_PASSED)).isEqualTo(2);
        // ATTITUDE: 2 accepted complaints, one removed on dispute (E2) = 1; 2 tickets served
        assertThat(a.metric(ReviewMetric.COMPLAINT_ACCEPTED)).isEqualTo(1);
        assertThat(a.metric(ReviewMetric.TICKET_SERVED)).isEqualTo(2);
        // SPEED: ticket 1 had PLAN, ON_SITE, FIX when assigned (3), ticket 2 PLAN and INSTALLATION (2) = 5 clocks;
        // 1 breach while assigned (ticket 2's RESPONSE breach was before any assignment: nobody's); 2 arrivals, 1 on
        // time
        assertThat(a.metric(ReviewMetric.SLA_CLOCKS)).isEqualTo(5);
        assertThat(a.metric(ReviewMetric.SLA_BREACHED)).isEqualTo(1);
        assertThat(a.metric(ReviewMetric.ARRIVALS)).isEqualTo(2);
        assertThat(a.metric(ReviewMetric.ARRIVALS_ON_TIME)).isEqualTo(1);
        // SATISFACTION: the report rated 4, the callback 5: 2 ratings, 9 points
        assertThat(a.metric(ReviewMetric.RATINGS)).isEqualTo(2);
        assertThat(a.metric(ReviewMetric.RATING_POINTS)).isEqualTo(9);

        // QUALITY = 100 - 10 x 1 - 5 x 1 = 85
        assertThat(a.score(ReviewDimension.QUALITY)).isEqualByComparingTo("85.00");
        // ATTITUDE = 100 - 10 x 1 = 90
        assertThat(a.score(ReviewDimension.ATTITUDE)).isEqualByComparingTo("90.00");
        // SPEED = 100 x (5 - 1 + 1) / (5 + 2) = 500 / 7 = 71.428... = 71.43
        assertThat(a.score(ReviewDimension.SPEED)).isEqualByComparingTo("71.43");
        // SATISFACTION = 100 x (9 - 2) / (4 x 2) = 87.5
        assertThat(a.score(ReviewDimension.SATISFACTION)).isEqualByComparingTo("87.50");
        // total = (30 x 85 + 20 x 90 + 25 x 71.43 + 25 x 87.5) / 100 = (2550 + 1800 + 1785.75 + 2187.5) / 100 = 83.2325
        assertThat(a.total()).isEqualByComparingTo("83.23");
        // E3: the penalty imposed on A in the month
        assertThat(a.penalties()).isEqualTo(1);

        // B and C: one ticket each without clocks after the response, an arrival on time, a report rated 5:
        // SPEED = 100 x (0 - 0 + 1) / (0 + 1) = 100, SATISFACTION = 100 x (5 - 1) / 4 = 100, all four 100: total 100
        EngineerReviewRow b = row(period, engineerB);
        EngineerReviewRow c = row(period, engineerC);
        for (EngineerReviewRow full : List.of(b, c)) {
            assertThat(full.scores().values())
                    .allSatisfy(score -> assertThat(score).isEqualByComparingTo("100"));
            assertThat(full.total()).isEqualByComparingTo("100.00");
            assertThat(full.metric(ReviewMetric.SLA_CLOCKS)).isZero();
            assertThat(full.penalties()).isZero();
        }
        // ties share a rank; the next rank counts them
        assertThat(b.rank()).isEqualTo(1);
        assertThat(c.rank()).isEqualTo(1);
        assertThat(a.rank()).isEqualTo(3);
    }

    @Test
    @DisplayName(
            "E2 E3: every cell's facts with event, aggregate, who, role and when; the removed item stays listed with its decision; the penalties")
    void E2_E3_oneEngineersReviewListsEveryFactItsDisputesAndPenalties() {
        Script script = scriptedMonth(ReviewEvents.ownMonth(2400, 5000));
        EngineerReviewView view = reviews.engineer(engineerA, script.month(), script.month());
        assertThat(view.review().rank()).isEqualTo(3);

        ReviewFactView arrival = fact(view, script.arrivalFact(), ReviewMetric.ARRIVALS);
        assertThat(arrival.eventType()).isEqualTo("EngineerArrivedEvent");
        assertThat(arrival.aggregateId()).isEqualTo(script.ticket1().value());
        assertThat(arrival.ticketId()).isEqualTo(script.ticket1().value());
        assertThat(arrival.actor()).isEqualTo(engineerA);
        assertThat(arrival.role()).isEqualTo("ENGINEER");
        assertThat(arrival.recordedAt()).isEqualTo(script.arrivalAt());
        assertThat(arrival.counts()).isTrue();
        assertThat(arrival.globalIndex()).isPositive();
        assertThat(fact(view, script.arrivalFact(), ReviewMetric.ARRIVALS_ON_TIME)
                        .amount())
                .isEqualTo(1);

        ReviewFactView removed = fact(view, script.removedComplaintFact(), ReviewMetric.COMPLAINT_ACCEPTED);
        assertThat(removed.counts()).isFalse();
        assertThat(removed.dispute().decision()).isEqualTo(DisputeDecision.ITEM_REMOVED);
        assertThat(removed.dispute().decidedBy()).isEqualTo(TestUsers.SUPERVISOR_ID);
        assertThat(removed.dispute().decidedRole()).isEqualTo("SUPERVISOR");
        assertThat(removed.dispute().disputedBy()).isEqualTo(engineerA);
        assertThat(removed.dispute().decidedAt()).isNotNull();
        ReviewFactView kept = fact(view, script.keptComplaintFact(), ReviewMetric.COMPLAINT_ACCEPTED);
        assertThat(kept.counts()).isTrue();
        assertThat(kept.dispute()).isNull();
        assertThat(kept.aggregateId()).isEqualTo(script.keptComplaint().value());
        assertThat(kept.actor()).isEqualTo(TestUsers.SUPERVISOR_ID);
        assertThat(kept.role()).isEqualTo("SUPERVISOR");

        // a dispute decided ITEM_STANDS: both facts of the callback's rating still count
        for (ReviewMetric metric : List.of(ReviewMetric.RATINGS, ReviewMetric.RATING_POINTS)) {
            ReviewFactView rating = fact(view, script.standingCallbackFact(), metric);
            assertThat(rating.counts()).isTrue();
            assertThat(rating.dispute().decision()).isEqualTo(DisputeDecision.ITEM_STANDS);
        }
        assertThat(view.disputes())
                .hasSize(2)
                .allSatisfy(d -> assertThat(d.open()).isFalse());

        assertThat(view.penalties()).singleElement().satisfies(p -> {
            assertThat(p.penaltyId()).isEqualTo(script.penalty().value());
            assertThat(p.kind()).isEqualTo("FINE");
            assertThat(p.fineAmount()).isEqualByComparingTo("200");
            assertThat(p.imposedBy()).isEqualTo(TestUsers.MANAGER_ID);
            assertThat(p.imposedRole()).isEqualTo("MANAGER");
        });
        // a month before has none of it
        EngineerReviewView before = reviews.engineer(
                engineerA, script.month().minusMonths(1), script.month().minusMonths(1));
        assertThat(before.facts()).isEmpty();
        assertThat(before.penalties()).isEmpty();
    }

    @Test
    @DisplayName("E1 E2: a redelivered or replayed event, fact or decision, changes nothing")
    void E1_E2_redeliveryChangesNothing() throws Exception {
        Script script = scriptedMonth(ReviewEvents.ownMonth(2400, 5000));
        EngineerReviewRow before = row(reviews.period(script.month(), script.month()), engineerA);
        List<ReviewFactView> factsBefore =
                reviews.engineer(engineerA, script.month(), script.month()).facts();

        AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(projection);
        handle(
                adapter,
                ReviewEvents.again(
                        "Complaint",
                        script.keptComplaint().value(),
                        1,
                        script.keptComplaintFact(),
                        script.keptComplaintAt(),
                        new ComplaintAcceptedEvent(
                                script.keptComplaint(),
                                ComplaintCategory.SLOW_RESPONSE,
                                "重放",
                                List.of(),
                                new UserId(TestUsers.SUPERVISOR_ID))));
        handle(
                adapter,
                ReviewEvents.again(
                        "ServiceTicket",
                        script.ticket1().value(),
                        3,
                        script.arrivalFact(),
                        script.arrivalAt(),
                        new EngineerArrivedEvent(
                                script.ticket1(),
                                new UserId(engineerA),
                                script.arrivalAt(),
                                script.arrivalAt(),
                                true)));
        handle(
                adapter,
                ReviewEvents.again(
                        "ReviewDispute",
                        script.removal().value(),
                        1,
                        UUID.randomUUID().toString(),
                        script.arrivalAt(),
                        script.removalDecision()));

        EngineerReviewRow after = row(reviews.period(script.month(), script.month()), engineerA);
        assertThat(after).isEqualTo(before);
        assertThat(reviews.engineer(engineerA, script.month(), script.month()).facts())
                .isEqualTo(factsBefore);
    }

    @Test
    @DisplayName("E1: a period is scored with the review weights of the policy version in force at its end")
    void E1_thePolicyVersionInForceAtTheEndOfThePeriodSetsTheWeights() throws Exception {
        // years of their own, after every other test's months: this version is in force for no one else
        YearMonth month = ReviewEvents.ownMonth(9500, 400);
        String engineer = engineerA;
        TicketId ticket = TicketId.random();
        Instant day1 = at(month, 1, 9);
        events.given(
                "ServiceTicket",
                ticket.value(),
                day1,
                by("U-T-CLERK", "CLERK"),
                ReviewEvents.registered(ticket, day1, false, false));
        events.given(
                "ServiceTicket",
                ticket.value(),
                day1.plusSeconds(60),
                by(TestUsers.SUPERVISOR_ID, "SUPERVISOR"),
                new EngineerAssignedEvent(ticket, new UserId(engineer), null, ServiceMode.ON_SITE, day1, null, null));
        // one report rated 3: SATISFACTION = 100 x (3 - 1) / 4 = 50; the other three 100
        String last = events.given(
                "ServiceTicket",
                ticket.value(),
                day1.plusSeconds(120),
                by(engineer, "ENGINEER"),
                new ServiceReportSubmittedEvent(ticket, new UserId(engineer), "轴承", "更换", List.of(), null, 3, true));
        awaitFact(engineer, month, last);

        int version = 1_000_000 + ThreadLocalRandom.current().nextInt(1_000_000);
        ReviewSettings weights = new ReviewSettings(10, 10, 10, 70, 10, 5, 10);
        PolicySettings settings = ReviewPolicySamples.withReview(weights);
        handle(
                new AnnotationEventHandlerAdapter(projection),
                ReviewEvents.again(
                        "CompanyPolicy",
                        PolicyId.COMPANY.toString(),
                        version,
                        UUID.randomUUID().toString(),
                        at(month, 10, 9),
                        new PolicySettingsChangedEvent(PolicyId.COMPANY, version, settings, "满意度优先")));

        PeriodReviewView withIt = reviews.period(month, month);
        assertThat(withIt.policyVersion()).isEqualTo(version);
        assertThat(withIt.settings()).isEqualTo(weights);
        // total = (10 x 100 + 10 x 100 + 10 x 100 + 70 x 50) / 100 = 6500 / 100 = 65
        assertThat(row(withIt, engineer).total()).isEqualByComparingTo("65.00");

        // the month before ended before the version was recorded: it keeps the version in force then
        PeriodReviewView before = reviews.period(month.minusMonths(1), month.minusMonths(1));
        assertThat(before.policyVersion()).isNotEqualTo(version);
        // the period up to this month ends after it: this version
        assertThat(reviews.period(month.minusMonths(1), month).policyVersion()).isEqualTo(version);
    }

    @Test
    @DisplayName(
            "E1 E2: a corrected quality decision moves the repeat repair, both facts listed; redelivery changes nothing")
    void E1_E2_aCorrectedAttributionMovesTheRepeatRepair() throws Exception {
        YearMonth month = ReviewEvents.ownMonth(2400, 5000);
        UserId a = new UserId(engineerA);
        UserId b = new UserId(engineerB);
        QualityReviewId review = QualityReviewId.ofRepeat(RepairOrderId.random(), RepairOrderId.random());
        Map<String, String> quality = by(TestUsers.QUALITY_ID, "QUALITY");
        UserId inspector = new UserId(TestUsers.QUALITY_ID);
        events.given(
                "QualityReview",
                review.value(),
                at(month, 3, 10),
                quality,
                new QualityReviewDecidedEvent(
                        review,
                        QualityCause.values()[0],
                        "复发",
                        List.of(),
                        new ProductFeedback(List.of(), null),
                        a,
                        inspector,
                        null));
        QualityReviewDecisionRevisedEvent revision = new QualityReviewDecisionRevisedEvent(
                review,
                1,
                QualityCause.values()[0],
                QualityCause.values()[0],
                "复发",
                List.of(),
                new ProductFeedback(List.of(), null),
                b,
                "实际由 B 维修",
                inspector);
        Instant revisedAt = at(month, 4, 10);
        String revised = events.given("QualityReview", review.value(), revisedAt, quality, revision);
        awaitFact(engineerB, month, revised);

        PeriodReviewView period = reviews.period(month, month);
        // A: +1 from the decision, -1 from the correction = 0, QUALITY 100; B: +1, QUALITY 100 - 10 = 90
        assertThat(row(period, engineerA).metric(ReviewMetric.REPEAT_REPAIR)).isZero();
        assertThat(row(period, engineerA).score(ReviewDimension.QUALITY)).isEqualByComparingTo("100");
        assertThat(row(period, engineerB).metric(ReviewMetric.REPEAT_REPAIR)).isEqualTo(1);
        assertThat(row(period, engineerB).score(ReviewDimension.QUALITY)).isEqualByComparingTo("90");
        assertThat(reviews.engineer(engineerA, month, month).facts())
                .extracting(ReviewFactView::eventType, ReviewFactView::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("QualityReviewDecidedEvent", 1L),
                        org.assertj.core.groups.Tuple.tuple("QualityReviewDecisionRevisedEvent", -1L));

        handle(
                new AnnotationEventHandlerAdapter(projection),
                ReviewEvents.again("QualityReview", review.value(), 1, revised, revisedAt, revision));
        assertThat(reviews.period(month, month)).isEqualTo(period);
    }

    // ------------------------------------------------------------------ the scripted month

    private Script scriptedMonth(YearMonth month) {
        UserId a = new UserId(engineerA);
        Map<String, String> clerk = by("U-T-CLERK", "CLERK");
        Map<String, String> supervisor = by(TestUsers.SUPERVISOR_ID, "SUPERVISOR");
        Map<String, String> asA = by(engineerA, "ENGINEER");
        Map<String, String> quality = by(TestUsers.QUALITY_ID, "QUALITY");
        Map<String, String> system = by("system", "SYSTEM");

        // ticket 1: plan, on-site and fix clocks; A assigned; the plan clock breached; arrival on time;
        // report rated 4; callback rated 5
        TicketId t1 = TicketId.random();
        Instant d2 = at(month, 2, 9);
        events.given("ServiceTicket", t1.value(), d2, clerk, ReviewEvents.registered(t1, d2, true, true));
        events.given(
                "ServiceTicket",
                t1.value(),
                d2.plusSeconds(600),
                supervisor,
                new EngineerAssignedEvent(t1, a, null, ServiceMode.ON_SITE, d2.plusSeconds(7200), null, "带备件"));
        events.given(
                "ServiceTicket",
                t1.value(),
                d2.plusSeconds(3600 * 24),
                system,
                new SlaBreachedEvent(t1, SlaClock.PLAN, d2.plusSeconds(3600 * 24)));
        Instant arrivalAt = d2.plusSeconds(3600 * 25);
        String arrival = events.given(
                "ServiceTicket",
                t1.value(),
                arrivalAt,
                asA,
                new EngineerArrivedEvent(t1, a, arrivalAt, arrivalAt, true));
        events.given(
                "ServiceTicket",
                t1.value(),
                d2.plusSeconds(3600 * 26),
                asA,
                new ServiceReportSubmittedEvent(t1, a, "主轴轴承磨损", "更换轴承", List.of("BRG-6205"), "满意", 4, true));
        String callback = events.given(
                "ServiceTicket",
                t1.value(),
                at(month, 5, 10),
                clerk,
                new CallbackRecordedEvent(t1, CallbackMethod.PHONE, "很满意", 5, false, null));

        // ticket 2: a plan clock; its response clock breached before anyone was assigned; A assigned with an
        // installation deadline; a late arrival
        TicketId t2 = TicketId.random();
        Instant d6 = at(month, 6, 9);
        events.given("ServiceTicket", t2.value(), d6, clerk, ReviewEvents.registered(t2, d6, true, false));
        events.given(
                "ServiceTicket",
                t2.value(),
                d6.plusSeconds(3600 * 5),
                system,
                new SlaBreachedEvent(t2, SlaClock.RESPONSE, d6.plusSeconds(3600 * 4)));
        events.given(
                "ServiceTicket",
                t2.value(),
                d6.plusSeconds(3600 * 6),
                supervisor,
                new EngineerAssignedEvent(
                        t2, a, null, ServiceMode.INSTALLATION, d6.plusSeconds(3600 * 30), month.atDay(20), null));
        events.given(
                "ServiceTicket",
                t2.value(),
                d6.plusSeconds(3600 * 33),
                asA,
                new EngineerArrivedEvent(t2, a, d6.plusSeconds(3600 * 33), d6.plusSeconds(3600 * 30), false));

        // repairs: one failed QC and then passed, another passed
        RepairOrderId r1 = RepairOrderId.random();
        RepairOrderId r2 = RepairOrderId.random();
        UserId inspector = new UserId(TestUsers.QUALITY_ID);
        events.given(
                "RepairOrder",
                r1.value(),
                at(month, 7, 10),
                quality,
                new RepairQcFailedEvent(r1, 1, QcStage.QC, inspector, a, "密封不良"));
        events.given(
                "RepairOrder",
                r1.value(),
                at(month, 8, 10),
                quality,
                new RepairQcPassedEvent(r1, 2, inspector, a, "合格", 42, 10, false, 1));
        events.given(
                "RepairOrder",
                r2.value(),
                at(month, 8, 11),
                quality,
                new RepairQcPassedEvent(r2, 1, inspector, a, "合格", 7, 10, false, 1));

        // a repeat repair attributed to A (R13)
        QualityReviewId review = QualityReviewId.ofRepeat(r2, RepairOrderId.random());
        events.given(
                "QualityReview",
                review.value(),
                at(month, 9, 10),
                quality,
                new QualityReviewDecidedEvent(
                        review,
                        QualityCause.values()[0],
                        "同一故障 30 天内复发",
                        List.of(new EvidenceRef(EvidenceKind.REPAIR_ORDER, r2.value())),
                        new ProductFeedback(List.of(), null),
                        a,
                        inspector,
                        null));

        // two complaints about A accepted; A disputes the second, the supervisor removes it
        ComplaintId c1 = ComplaintId.random();
        ComplaintId c2 = ComplaintId.random();
        Instant c1At = at(month, 10, 10);
        events.given("Complaint", c1.value(), c1At, clerk, ReviewEvents.complaintAbout(c1, c1At, engineerA, t1));
        Instant keptAt = at(month, 11, 10);
        String keptFact = events.given(
                "Complaint",
                c1.value(),
                keptAt,
                supervisor,
                new ComplaintAcceptedEvent(
                        c1, ComplaintCategory.SLOW_RESPONSE, "属实", List.of(), new UserId(TestUsers.SUPERVISOR_ID)));
        Instant c2At = at(month, 12, 10);
        events.given("Complaint", c2.value(), c2At, clerk, ReviewEvents.complaintAbout(c2, c2At, engineerA, t2));
        String removedFact = events.given(
                "Complaint",
                c2.value(),
                at(month, 13, 10),
                supervisor,
                new ComplaintAcceptedEvent(
                        c2, ComplaintCategory.SLOW_RESPONSE, "属实", List.of(), new UserId(TestUsers.SUPERVISOR_ID)));

        ReviewDisputeId removal = ReviewDisputeId.of(a, ReviewMetric.COMPLAINT_ACCEPTED.name(), removedFact);
        events.given(
                "ReviewDispute",
                removal.value(),
                at(month, 14, 10),
                asA,
                new ReviewItemDisputedEvent(
                        removal,
                        a,
                        ReviewDimension.ATTITUDE,
                        ReviewMetric.COMPLAINT_ACCEPTED.name(),
                        removedFact,
                        month,
                        "客户投诉的是物流延误，不是我"));
        ReviewDisputeDecidedEvent removalDecision = new ReviewDisputeDecidedEvent(
                removal,
                a,
                ReviewMetric.COMPLAINT_ACCEPTED.name(),
                removedFact,
                DisputeDecision.ITEM_REMOVED,
                "物流原因，不计入",
                new UserId(TestUsers.SUPERVISOR_ID));
        events.given("ReviewDispute", removal.value(), at(month, 15, 10), supervisor, removalDecision);

        // A disputes the callback's rating too; it stands
        ReviewDisputeId standing = ReviewDisputeId.of(a, ReviewMetric.RATING_POINTS.name(), callback);
        events.given(
                "ReviewDispute",
                standing.value(),
                at(month, 14, 11),
                asA,
                new ReviewItemDisputedEvent(
                        standing,
                        a,
                        ReviewDimension.SATISFACTION,
                        ReviewMetric.RATING_POINTS.name(),
                        callback,
                        month,
                        "回访对象不是使用人"));
        events.given(
                "ReviewDispute",
                standing.value(),
                at(month, 15, 11),
                supervisor,
                new ReviewDisputeDecidedEvent(
                        standing,
                        a,
                        ReviewMetric.RATING_POINTS.name(),
                        callback,
                        DisputeDecision.ITEM_STANDS,
                        "回访有效",
                        new UserId(TestUsers.SUPERVISOR_ID)));

        // E3: a penalty imposed on A in the month
        PenaltyId penalty = PenaltyId.random();
        events.given(
                "Penalty",
                penalty.value(),
                at(month, 16, 10),
                supervisor,
                new PenaltyProposedEvent(
                        penalty,
                        PenaltySource.COMPLAINT,
                        c1.value(),
                        a,
                        List.of(new EvidenceRef(EvidenceKind.COMPLAINT, c1.value())),
                        PenaltyKind.FINE,
                        "严重服务失误",
                        new UserId(TestUsers.SUPERVISOR_ID)));
        events.given(
                "Penalty",
                penalty.value(),
                at(month, 17, 10),
                by(TestUsers.MANAGER_ID, "MANAGER"),
                new PenaltyImposedEvent(
                        penalty,
                        a,
                        PenaltyKind.FINE,
                        new BigDecimal("200"),
                        "罚款 200 元",
                        new UserId(TestUsers.MANAGER_ID)));

        // B and C: a ticket each, no clock after the response, on time, rated 5
        String lastB = fullMarks(engineerB, month);
        String lastC = fullMarks(engineerC, month);

        awaitFact(engineerB, month, lastB);
        awaitFact(engineerC, month, lastC);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            EngineerReviewView view = reviews.engineer(engineerA, month, month);
            assertThat(view.disputes())
                    .hasSize(2)
                    .allSatisfy(d -> assertThat(d.open()).isFalse());
            assertThat(view.penalties()).hasSize(1);
        });
        return new Script(
                month,
                t1,
                removedFact,
                callback,
                arrival,
                arrivalAt,
                c1,
                keptFact,
                keptAt,
                removal,
                removalDecision,
                penalty);
    }

    private String fullMarks(String engineer, YearMonth month) {
        UserId e = new UserId(engineer);
        TicketId t = TicketId.random();
        Instant d = at(month, 20, 9);
        events.given(
                "ServiceTicket", t.value(), d, by("U-T-CLERK", "CLERK"), ReviewEvents.registered(t, d, false, false));
        events.given(
                "ServiceTicket",
                t.value(),
                d.plusSeconds(60),
                by(TestUsers.SUPERVISOR_ID, "SUPERVISOR"),
                new EngineerAssignedEvent(t, e, null, ServiceMode.ON_SITE, d.plusSeconds(3600), null, null));
        events.given(
                "ServiceTicket",
                t.value(),
                d.plusSeconds(3600),
                by(engineer, "ENGINEER"),
                new EngineerArrivedEvent(t, e, d.plusSeconds(3600), d.plusSeconds(3600), true));
        return events.given(
                "ServiceTicket",
                t.value(),
                d.plusSeconds(7200),
                by(engineer, "ENGINEER"),
                new ServiceReportSubmittedEvent(t, e, "参数", "重设", List.of(), null, 5, true));
    }

    // ------------------------------------------------------------------ helpers

    private void awaitFact(String engineer, YearMonth month, String eventId) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> reviews.engineer(engineer, month, month).facts().stream()
                        .anyMatch(f -> f.eventId().equals(eventId)));
    }

    private static EngineerReviewRow row(PeriodReviewView period, String engineer) {
        return period.engineers().stream()
                .filter(r -> r.engineerId().equals(engineer))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no review of " + engineer));
    }

    private static ReviewFactView fact(EngineerReviewView view, String eventId, ReviewMetric metric) {
        return view.facts().stream()
                .filter(f -> f.eventId().equals(eventId) && f.metric() == metric)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + metric + " fact of event " + eventId));
    }

    private static void handle(AnnotationEventHandlerAdapter adapter, EventMessage<?> message) throws Exception {
        adapter.handle(message);
    }
}
