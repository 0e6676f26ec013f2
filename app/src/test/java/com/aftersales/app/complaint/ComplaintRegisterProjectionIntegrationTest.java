package com.aftersales.app.complaint;

import static com.aftersales.app.complaint.ComplaintEvents.by;
import static com.aftersales.app.complaint.ComplaintEvents.noonOf;
import static com.aftersales.app.complaint.ComplaintEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.common.UserId;
import com.aftersales.api.complaint.CallbackRef;
import com.aftersales.api.complaint.ComplaintAcceptedEvent;
import com.aftersales.api.complaint.ComplaintAnalysisView;
import com.aftersales.api.complaint.ComplaintArchivedEvent;
import com.aftersales.api.complaint.ComplaintCategory;
import com.aftersales.api.complaint.ComplaintCause;
import com.aftersales.api.complaint.ComplaintCauseAnalysedEvent;
import com.aftersales.api.complaint.ComplaintChannel;
import com.aftersales.api.complaint.ComplaintFactView;
import com.aftersales.api.complaint.ComplaintFeedbackGivenEvent;
import com.aftersales.api.complaint.ComplaintFeedbackOverdueEvent;
import com.aftersales.api.complaint.ComplaintFilter;
import com.aftersales.api.complaint.ComplaintHandledEvent;
import com.aftersales.api.complaint.ComplaintHandlingPlannedEvent;
import com.aftersales.api.complaint.ComplaintId;
import com.aftersales.api.complaint.ComplaintPenaltyProposedEvent;
import com.aftersales.api.complaint.ComplaintRegisteredEvent;
import com.aftersales.api.complaint.ComplaintRejectedEvent;
import com.aftersales.api.complaint.ComplaintResultSentEvent;
import com.aftersales.api.complaint.ComplaintStatus;
import com.aftersales.api.complaint.ComplaintSummaryView;
import com.aftersales.api.complaint.ComplaintView;
import com.aftersales.api.complaint.FeedbackMethod;
import com.aftersales.api.complaint.FindComplaintAnalysisQuery;
import com.aftersales.api.complaint.FindComplaintQuery;
import com.aftersales.api.complaint.FindComplaintsQuery;
import com.aftersales.api.complaint.FindEngineerComplaintsQuery;
import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.api.penalty.PenaltyKind;
import com.aftersales.api.quality.QualityReviewId;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.query.complaint.ComplaintRegisterProjection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The complaint register's read model (C1–C5): given a complaint's events in the store, with their
 * metadata, then this view. Each test works in a month and on engineers of its own, far from the
 * other tests' data, and counts only those.
 */
class ComplaintRegisterProjectionIntegrationTest extends IntegrationTest {
    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    QueryGateway queries;

    @Autowired
    ComplaintRegisterProjection projection;

    private ComplaintEvents events;
    private String engineer;
    private String model;
    private YearMonth month;

    @BeforeEach
    void ownData() {
        events = new ComplaintEvents(eventStore, transaction);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        engineer = "U-CPL-" + unique;
        model = "M-CPL-" + unique;
        // a month of its own, in the future, so nothing is overdue unless a test says so
        month = YearMonth.of(
                2300 + ThreadLocalRandom.current().nextInt(5000),
                1 + ThreadLocalRandom.current().nextInt(12));
    }

    @Test
    void everyStepOfAnAcceptedComplaintShowsWithItsTextAndEveryFactWithWhoAndRole_C2_C3_C4_C5_S3() {
        ComplaintId complaint = ComplaintId.random();
        Instant at = noonOf(month.atDay(3));
        QualityReviewId review = QualityReviewId.ofRepeat(RepairOrderId.random(), RepairOrderId.random());
        PenaltyId penalty = PenaltyId.random();
        ComplaintRegisteredEvent registration =
                registered(complaint, at, engineer, "SN-" + model, model, null, "工程师上门时态度恶劣，与客户争吵，并要求客户额外支付上门费用");
        events.given(complaint, 0, at, by("U-T-CLERK", "CLERK"), registration);
        ComplaintView registeredView = awaitComplaint(complaint, view -> true);
        ComplaintSummaryView summary = registeredView.summary();
        assertThat(summary.status()).isEqualTo(ComplaintStatus.REGISTERED);
        assertThat(summary.engineerId()).isEqualTo(engineer);
        assertThat(summary.productModel()).isEqualTo(model);
        assertThat(summary.ticketId())
                .isEqualTo(registration.concern().ticketId().value());
        assertThat(summary.customerId()).isEqualTo(registration.customerId().value());
        assertThat(summary.category()).isNull();
        assertThat(summary.accepted()).isNull();
        assertThat(summary.registeredAt()).isEqualTo(at);
        assertThat(summary.feedbackDueBy()).isEqualTo(registration.feedbackDueBy());
        assertThat(summary.overdue()).isFalse();
        assertThat(summary.contentExcerpt()).isEqualTo(registration.content());
        assertThat(registeredView.registeredBy()).isEqualTo("U-T-CLERK");
        assertThat(registeredView.feedbackWorkingDays()).isEqualTo(2);

        events.given(
                complaint,
                1,
                at,
                by("U-T-SUP", "SUPERVISOR"),
                new ComplaintAcceptedEvent(
                        complaint,
                        ComplaintCategory.IMPROPER_LANGUAGE_OR_ARGUING,
                        "录音属实",
                        List.of(review),
                        new UserId("U-T-SUP")),
                new ComplaintCauseAnalysedEvent(
                        complaint, ComplaintCause.ENGINEER_CONDUCT, "个人情绪", new UserId("U-T-SUP")),
                new ComplaintHandlingPlannedEvent(complaint, "上门道歉并退还费用", new UserId("U-T-SUP")),
                new ComplaintPenaltyProposedEvent(
                        complaint, penalty, new UserId(engineer), PenaltyKind.FINE, new UserId("U-T-SUP")));
        events.given(
                complaint,
                5,
                at,
                by("U-T-CLERK", "CLERK"),
                new ComplaintHandledEvent(complaint, "已上门道歉，退还 200 元", new UserId("U-T-CLERK")),
                new ComplaintFeedbackGivenEvent(
                        complaint,
                        FeedbackMethod.PHONE,
                        "客户表示满意",
                        true,
                        at.plusSeconds(6),
                        registration.feedbackDueBy(),
                        true,
                        new UserId("U-T-CLERK")));
        events.given(
                complaint,
                7,
                at,
                by("U-T-SUP", "SUPERVISOR"),
                new ComplaintResultSentEvent(
                        complaint,
                        "罚款建议已提交",
                        List.of(new UserId(engineer), new UserId("U-T-SUP")),
                        new UserId("U-T-SUP")),
                new ComplaintArchivedEvent(complaint, ComplaintStatus.RESULT_SENT, new UserId("U-T-SUP")));

        ComplaintView archived =
                awaitComplaint(complaint, view -> view.summary().status() == ComplaintStatus.ARCHIVED);
        assertThat(archived.summary().accepted()).isTrue();
        assertThat(archived.summary().category()).isEqualTo(ComplaintCategory.IMPROPER_LANGUAGE_OR_ARGUING);
        assertThat(archived.summary().serious()).isTrue();
        assertThat(archived.summary().cause()).isEqualTo(ComplaintCause.ENGINEER_CONDUCT);
        assertThat(archived.summary().penaltyId()).isEqualTo(penalty.value());
        assertThat(archived.summary().feedbackOnTime()).isTrue();
        assertThat(archived.summary().feedbackGivenAt()).isEqualTo(at.plusSeconds(6));
        assertThat(archived.summary().overdue()).isFalse();
        assertThat(archived.reviewReasons()).isEqualTo("录音属实");
        assertThat(archived.reviewedBy()).isEqualTo("U-T-SUP");
        assertThat(archived.authentic()).isTrue();
        assertThat(archived.linkedQualityReviews()).containsExactly(review.value());
        assertThat(archived.causeAnalysis()).isEqualTo("个人情绪");
        assertThat(archived.handlingPlan()).isEqualTo("上门道歉并退还费用");
        assertThat(archived.handlingActions()).isEqualTo("已上门道歉，退还 200 元");
        assertThat(archived.handledBy()).isEqualTo("U-T-CLERK");
        assertThat(archived.feedbackMethod()).isEqualTo(FeedbackMethod.PHONE);
        assertThat(archived.customerResponse()).isEqualTo("客户表示满意");
        assertThat(archived.customerSatisfied()).isTrue();
        assertThat(archived.resultSummary()).isEqualTo("罚款建议已提交");
        assertThat(archived.resultRecipients()).containsExactly(engineer, "U-T-SUP");
        assertThat(archived.archivedFrom()).isEqualTo(ComplaintStatus.RESULT_SENT);
        assertThat(archived.archivedBy()).isEqualTo("U-T-SUP");
        assertThat(archived.penaltyKind()).isEqualTo(PenaltyKind.FINE);
        assertThat(archived.facts())
                .extracting(ComplaintFactView::eventType)
                .containsExactly(
                        "ComplaintRegisteredEvent",
                        "ComplaintAcceptedEvent",
                        "ComplaintCauseAnalysedEvent",
                        "ComplaintHandlingPlannedEvent",
                        "ComplaintPenaltyProposedEvent",
                        "ComplaintHandledEvent",
                        "ComplaintFeedbackGivenEvent",
                        "ComplaintResultSentEvent",
                        "ComplaintArchivedEvent");
        assertThat(archived.facts().get(0))
                .isEqualTo(new ComplaintFactView(0, "ComplaintRegisteredEvent", at, "U-T-CLERK", "CLERK"));
        assertThat(archived.facts().get(1).actorRole()).isEqualTo("SUPERVISOR");
        assertThat(archived.facts().get(5).actorId()).isEqualTo("U-T-CLERK");
    }

    @Test
    void aComplaintFromACallbackNamesItsCallbackAndShowsTheSystemAsItsRegistrar_C1_T11() {
        TicketId ticket = TicketId.random();
        ComplaintId complaint = ComplaintId.ofCallback(ticket, 17);
        Instant at = noonOf(month.atDay(12));
        ComplaintRegisteredEvent byPhone = registered(complaint, at, engineer, null, model, null, "回访时客户表示不满");
        CallbackRef callback = new CallbackRef(ticket, 17, UUID.randomUUID().toString());
        ComplaintRegisteredEvent fromCallback = new ComplaintRegisteredEvent(
                complaint,
                ComplaintChannel.CALLBACK,
                byPhone.customerId(),
                byPhone.concern(),
                null,
                byPhone.content(),
                at,
                callback,
                byPhone.feedbackDueBy(),
                byPhone.feedbackOverdueFrom(),
                2,
                1,
                1,
                new UserId("system"));
        events.given(complaint, 0, at, by("system", "SYSTEM"), fromCallback);
        ComplaintView view = awaitComplaint(complaint, shown -> true);
        assertThat(view.summary().channel()).isEqualTo(ComplaintChannel.CALLBACK);
        assertThat(view.callback()).isEqualTo(callback);
        assertThat(view.registeredBy()).isEqualTo("system");
        assertThat(view.facts())
                .containsExactly(new ComplaintFactView(0, "ComplaintRegisteredEvent", at, "system", "SYSTEM"));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        ComplaintId complaint = ComplaintId.random();
        Instant at = noonOf(month.atDay(5));
        events.given(
                complaint,
                0,
                at,
                by("U-T-CLERK", "CLERK"),
                registered(complaint, at, engineer, null, model, null, "慢"));
        events.given(
                complaint,
                1,
                at,
                by("U-T-SUP", "SUPERVISOR"),
                new ComplaintAcceptedEvent(
                        complaint, ComplaintCategory.SLOW_RESPONSE, "属实", List.of(), new UserId("U-T-SUP")),
                new ComplaintCauseAnalysedEvent(
                        complaint, ComplaintCause.LATE_RESPONSE, "人手不足", new UserId("U-T-SUP")));
        awaitComplaint(complaint, view -> view.summary().status() == ComplaintStatus.CAUSE_ANALYSED);

        // handed to the projection again, as a replay or a redelivery would
        ComplaintRegisteredEvent again =
                registered(complaint, at.plusSeconds(99), "U-OTHER", null, "OTHER", null, "别的");
        projectionAgain(complaint, again, 0, at);
        projectionAgain(
                complaint,
                new ComplaintAcceptedEvent(complaint, ComplaintCategory.OTHER, "重放", List.of(), new UserId("U-T-SUP")),
                1,
                at);
        ComplaintView view = find(complaint);
        assertThat(view.summary().status()).isEqualTo(ComplaintStatus.CAUSE_ANALYSED);
        assertThat(view.summary().category()).isEqualTo(ComplaintCategory.SLOW_RESPONSE);
        assertThat(view.summary().engineerId()).isEqualTo(engineer);
        assertThat(view.reviewReasons()).isEqualTo("属实");
    }

    @Test
    void theAdminsRebuildFromZeroYieldsTheSameComplaint() {
        ComplaintId complaint = ComplaintId.random();
        Instant at = noonOf(month.atDay(11));
        events.given(
                complaint,
                0,
                at,
                by("U-T-CLERK", "CLERK"),
                registered(complaint, at, engineer, "SN-R", model, null, "重建"));
        events.given(
                complaint,
                1,
                at,
                by("U-T-SUP", "SUPERVISOR"),
                new ComplaintAcceptedEvent(
                        complaint, ComplaintCategory.CHARGES, "属实", List.of(), new UserId("U-T-SUP")));
        ComplaintView before = awaitComplaint(complaint, view -> view.summary().accepted() != null);

        var rebuild = api.post(
                com.aftersales.app.support.TestUsers.ADMIN,
                "/api/admin/projections/" + ComplaintRegisterProjection.PROCESSING_GROUP + "/rebuild",
                "");
        assertThat(rebuild.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            var status = api.get(
                            com.aftersales.app.support.TestUsers.ADMIN,
                            "/api/admin/projections/" + ComplaintRegisterProjection.PROCESSING_GROUP)
                    .body();
            return status.get("caughtUp").asBoolean()
                    && status.get("position").asLong() >= status.get("head").asLong();
        });
        assertThat(awaitComplaint(complaint, view -> true)).isEqualTo(before);
    }

    @Test
    void aRejectedComplaintIsNeverOverdueAndStaysRejectedWhenItsCustomerHearsBack_C3_C4() {
        YearMonth past = YearMonth.of(1000 + ThreadLocalRandom.current().nextInt(800), 6);
        ComplaintId rejected = ComplaintId.random();
        Instant at = noonOf(past.atDay(10));
        events.given(
                rejected, 0, at, by("U-T-CLERK", "CLERK"), registered(rejected, at, engineer, null, model, null, "不实"));
        events.given(
                rejected,
                1,
                at,
                by("U-T-SUP", "SUPERVISOR"),
                new ComplaintRejectedEvent(rejected, false, true, "查无此事", new UserId("U-T-SUP")));
        events.given(
                rejected,
                2,
                at,
                by("U-T-CLERK", "CLERK"),
                new ComplaintFeedbackGivenEvent(
                        rejected,
                        FeedbackMethod.PHONE,
                        "已解释",
                        false,
                        at.plusSeconds(2),
                        null,
                        true,
                        new UserId("U-T-CLERK")));
        ComplaintView view = awaitComplaint(rejected, shown -> shown.customerResponse() != null);
        assertThat(view.summary().status()).isEqualTo(ComplaintStatus.REJECTED);
        assertThat(view.summary().accepted()).isFalse();
        assertThat(view.authentic()).isFalse();
        assertThat(view.reasonable()).isTrue();
        assertThat(view.summary().overdue()).isFalse();
        assertThat(view.summary().feedbackDueBy())
                .as("kept when the event names none")
                .isNotNull();
    }

    @Test
    void feedbackIsOverdueWhenRecordedSoGivenLateOrWhenItsDueDayPassedWithoutIt_C4() {
        YearMonth past = YearMonth.of(1000 + ThreadLocalRandom.current().nextInt(800), 3);
        ComplaintId recorded = ComplaintId.random();
        ComplaintId passed = ComplaintId.random();
        ComplaintId answered = ComplaintId.random();
        ComplaintId answeredLate = ComplaintId.random();
        ComplaintId future = ComplaintId.random();
        Instant at = noonOf(past.atDay(2));
        for (ComplaintId complaint : List.of(recorded, passed, answered, answeredLate)) {
            events.given(
                    complaint,
                    0,
                    at,
                    by("U-T-CLERK", "CLERK"),
                    registered(complaint, at, engineer, null, model, null, "等"));
        }
        Instant later = noonOf(month.atDay(2));
        events.given(
                future,
                0,
                later,
                by("U-T-CLERK", "CLERK"),
                registered(future, later, engineer, null, model, null, "等"));
        events.given(recorded, 1, at, by("system", "SYSTEM"), new ComplaintFeedbackOverdueEvent(recorded, null));
        events.given(
                answered,
                1,
                at,
                by("U-T-CLERK", "CLERK"),
                new ComplaintFeedbackGivenEvent(
                        answered,
                        FeedbackMethod.VISIT,
                        "好",
                        true,
                        at.plusSeconds(1),
                        null,
                        true,
                        new UserId("U-T-CLERK")));
        events.given(
                answeredLate,
                1,
                at.plus(Duration.ofDays(9)),
                by("U-T-CLERK", "CLERK"),
                new ComplaintFeedbackGivenEvent(
                        answeredLate,
                        FeedbackMethod.PHONE,
                        "终于回复了",
                        false,
                        at.plus(Duration.ofDays(9)),
                        null,
                        false,
                        new UserId("U-T-CLERK")));
        awaitComplaint(answered, view -> view.summary().feedbackGivenAt() != null);
        awaitComplaint(answeredLate, view -> view.summary().feedbackGivenAt() != null);
        awaitComplaint(
                recorded, view -> view.facts().size() == 2 && view.summary().overdue());

        List<ComplaintSummaryView> overdue = queries.query(
                        new FindComplaintsQuery(
                                new ComplaintFilter(null, null, new UserId(engineer), null, null, true), 100),
                        ResponseTypes.multipleInstancesOf(ComplaintSummaryView.class))
                .join();
        assertThat(overdue)
                .extracting(ComplaintSummaryView::complaintId)
                .as("a miss stays a miss once the customer has heard back")
                .containsExactlyInAnyOrder(recorded.value(), passed.value(), answeredLate.value());
        assertThat(find(future).summary().overdue()).isFalse();
        assertThat(find(answered).summary().overdue()).isFalse();
        assertThat(find(answered).summary().status()).isEqualTo(ComplaintStatus.FEEDBACK_GIVEN);

        // at a moment past the future complaint's due day, it is overdue too
        clock.advance(Duration.between(clock.instant(), later.plus(Duration.ofDays(4))));
        assertThat(find(future).summary().overdue()).isTrue();
    }

    @Test
    void theRegisterFiltersByStatusCategoryEngineerPartOfTheProductAndMonth_C4() {
        ComplaintId first = ComplaintId.random();
        ComplaintId second = ComplaintId.random();
        ComplaintId nextMonth = ComplaintId.random();
        Instant at = noonOf(month.atDay(1));
        events.given(
                first,
                0,
                at,
                by("U-T-CLERK", "CLERK"),
                registered(first, at, engineer, "SN-A-" + model, model + "-X", ComplaintCategory.CHARGES, "收费"));
        events.given(
                second,
                0,
                at.plusSeconds(60),
                by("U-T-CLERK", "CLERK"),
                registered(second, at.plusSeconds(60), engineer, "SN-B", "Other", ComplaintCategory.OTHER, "别的"));
        // the last day of the month, 23:30 in the company zone, is still the month (UTC would say so too late)
        Instant lastEvening =
                month.atEndOfMonth().atTime(23, 30).atZone(ComplaintEvents.ZONE).toInstant();
        events.given(
                nextMonth,
                0,
                lastEvening,
                by("U-T-CLERK", "CLERK"),
                registered(nextMonth, lastEvening, engineer, null, null, ComplaintCategory.OTHER, "月末"));
        Instant firstOfNext = month.plusMonths(1)
                .atDay(1)
                .atStartOfDay(ComplaintEvents.ZONE)
                .toInstant()
                .plusSeconds(1);
        ComplaintId following = ComplaintId.random();
        events.given(
                following,
                0,
                firstOfNext,
                by("U-T-CLERK", "CLERK"),
                registered(following, firstOfNext, engineer, null, null, ComplaintCategory.OTHER, "下月"));
        events.given(
                second,
                1,
                at,
                by("U-T-SUP", "SUPERVISOR"),
                new ComplaintAcceptedEvent(second, ComplaintCategory.OTHER, "属实", List.of(), new UserId("U-T-SUP")));
        awaitComplaint(second, view -> view.summary().status() == ComplaintStatus.ACCEPTED);
        awaitComplaint(following, view -> true);

        UserId who = new UserId(engineer);
        assertThat(ids(new ComplaintFilter(null, null, who, null, null, false)))
                .containsExactly(following.value(), nextMonth.value(), second.value(), first.value());
        assertThat(ids(new ComplaintFilter(null, null, who, null, month, false)))
                .containsExactly(nextMonth.value(), second.value(), first.value());
        assertThat(ids(new ComplaintFilter(ComplaintStatus.ACCEPTED, null, who, null, null, false)))
                .containsExactly(second.value());
        assertThat(ids(new ComplaintFilter(null, ComplaintCategory.CHARGES, who, null, null, false)))
                .containsExactly(first.value());
        assertThat(ids(new ComplaintFilter(null, null, null, model.toLowerCase(), null, false)))
                .as("part of the model, any case")
                .containsExactly(first.value());
        assertThat(ids(new ComplaintFilter(null, null, who, "sn-a-", null, false)))
                .as("part of the serial")
                .containsExactly(first.value());
        assertThat(ids(new ComplaintFilter(null, null, who, "%", null, false)))
                .as("a wildcard is a literal")
                .isEmpty();

        List<ComplaintSummaryView> engineers = queries.query(
                        new FindEngineerComplaintsQuery(who, month, month),
                        ResponseTypes.multipleInstancesOf(ComplaintSummaryView.class))
                .join();
        assertThat(engineers)
                .extracting(ComplaintSummaryView::complaintId)
                .containsExactly(nextMonth.value(), second.value(), first.value());
        assertThat(engineers)
                .filteredOn(c -> Boolean.TRUE.equals(c.accepted()))
                .extracting(ComplaintSummaryView::complaintId)
                .containsExactly(second.value());
    }

    @Test
    void theAnalysisCountsTheMonthsComplaintsByCategoryCauseEngineerAndProductWithTheTrend_C4() {
        String other = engineer + "-B";
        ComplaintId a = ComplaintId.random();
        ComplaintId b = ComplaintId.random();
        ComplaintId c = ComplaintId.random();
        ComplaintId d = ComplaintId.random();
        Instant first = noonOf(month.atDay(4));
        Instant second = noonOf(month.plusMonths(2).atDay(4));
        events.given(
                a,
                0,
                first,
                by("U-T-CLERK", "CLERK"),
                registered(a, first, engineer, null, model, ComplaintCategory.CHARGES, "a"));
        events.given(b, 0, first, by("U-T-CLERK", "CLERK"), registered(b, first, engineer, null, model, null, "b"));
        events.given(
                c,
                0,
                second,
                by("U-T-CLERK", "CLERK"),
                registered(c, second, other, null, model, ComplaintCategory.OTHER, "c"));
        events.given(d, 0, second, by("U-T-CLERK", "CLERK"), registered(d, second, other, null, null, null, "d"));
        events.given(
                a,
                1,
                first,
                by("U-T-SUP", "SUPERVISOR"),
                new ComplaintAcceptedEvent(
                        a, ComplaintCategory.LATE_SERVICE_FOR_PERSONAL_REASONS, "属实", List.of(), new UserId("U-T-SUP")),
                new ComplaintCauseAnalysedEvent(a, ComplaintCause.ENGINEER_CONDUCT, "个人原因", new UserId("U-T-SUP")),
                new ComplaintHandlingPlannedEvent(a, "计划", new UserId("U-T-SUP")),
                new ComplaintHandledEvent(a, "处理", new UserId("U-T-SUP")),
                new ComplaintFeedbackGivenEvent(
                        a,
                        FeedbackMethod.PHONE,
                        "迟了",
                        false,
                        first.plus(Duration.ofDays(5)),
                        null,
                        false,
                        new UserId("U-T-SUP")));
        events.given(
                b,
                1,
                first,
                by("U-T-SUP", "SUPERVISOR"),
                new ComplaintRejectedEvent(b, true, false, "不合理", new UserId("U-T-SUP")));
        events.given(
                c,
                1,
                second,
                by("system", "SYSTEM"),
                new ComplaintFeedbackOverdueEvent(c, LocalDate.ofInstant(second, ComplaintEvents.ZONE)));
        awaitComplaint(a, view -> view.summary().feedbackGivenAt() != null);
        awaitComplaint(b, view -> view.summary().accepted() != null);
        awaitComplaint(c, view -> view.summary().overdue());
        awaitComplaint(d, view -> true);

        ComplaintAnalysisView analysis = queries.query(
                        new FindComplaintAnalysisQuery(month, month.plusMonths(2)),
                        ResponseTypes.instanceOf(ComplaintAnalysisView.class))
                .join();
        assertThat(analysis.registered()).isEqualTo(4);
        assertThat(analysis.byCategory())
                .containsExactly(
                        new ComplaintAnalysisView.Count("LATE_SERVICE_FOR_PERSONAL_REASONS", 1),
                        new ComplaintAnalysisView.Count("OTHER", 1));
        assertThat(analysis.byCause()).containsExactly(new ComplaintAnalysisView.Count("ENGINEER_CONDUCT", 1));
        assertThat(analysis.byEngineer())
                .containsExactlyInAnyOrder(
                        new ComplaintAnalysisView.Count(engineer, 2), new ComplaintAnalysisView.Count(other, 2));
        assertThat(analysis.byProduct()).containsExactly(new ComplaintAnalysisView.Count(model, 3));
        // the feedback given late counts as late and as a missed due day (a miss stays a miss)
        assertThat(analysis.trend())
                .containsExactly(
                        new ComplaintAnalysisView.Month(month, 2, 1, 1, 1, 1),
                        new ComplaintAnalysisView.Month(month.plusMonths(1), 0, 0, 0, 0, 0),
                        new ComplaintAnalysisView.Month(month.plusMonths(2), 2, 0, 0, 0, 1));
    }

    private void projectionAgain(ComplaintId complaint, Object event, long sequence, Instant at) {
        try {
            new AnnotationEventHandlerAdapter(projection)
                    .handle(new GenericDomainEventMessage<>(
                            ComplaintEvents.TYPE,
                            complaint.value(),
                            sequence,
                            event,
                            by("U-T-SUP", "SUPERVISOR"),
                            UUID.randomUUID().toString(),
                            at));
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    private List<String> ids(ComplaintFilter filter) {
        return queries
                .query(
                        new FindComplaintsQuery(filter, 100),
                        ResponseTypes.multipleInstancesOf(ComplaintSummaryView.class))
                .join()
                .stream()
                .map(ComplaintSummaryView::complaintId)
                .toList();
    }

    private ComplaintView awaitComplaint(ComplaintId complaint, Predicate<ComplaintView> shown) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            ComplaintView view = find(complaint);
            return view != null && shown.test(view);
        });
        return find(complaint);
    }

    private ComplaintView find(ComplaintId complaint) {
        return queries.query(new FindComplaintQuery(complaint), ResponseTypes.instanceOf(ComplaintView.class))
                .join();
    }
}
