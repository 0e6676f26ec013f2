package com.aftersales.app.statistics;

import static com.aftersales.api.statistics.MonthlyFigureKeys.*;
import static com.aftersales.app.statistics.StatisticsEvents.by;
import static com.aftersales.app.statistics.StatisticsEvents.day;
import static com.aftersales.app.statistics.StatisticsEvents.noon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import com.aftersales.api.complaint.ComplaintAcceptedEvent;
import com.aftersales.api.complaint.ComplaintCategory;
import com.aftersales.api.complaint.ComplaintChannel;
import com.aftersales.api.complaint.ComplaintConcern;
import com.aftersales.api.complaint.ComplaintFeedbackGivenEvent;
import com.aftersales.api.complaint.ComplaintFeedbackOverdueEvent;
import com.aftersales.api.complaint.ComplaintId;
import com.aftersales.api.complaint.ComplaintRegisteredEvent;
import com.aftersales.api.complaint.ComplaintRejectedEvent;
import com.aftersales.api.complaint.FeedbackMethod;
import com.aftersales.api.expense.ClaimStage;
import com.aftersales.api.expense.ExpenseClaimFlaggedEvent;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseClaimPaidEvent;
import com.aftersales.api.expense.ExpenseClaimRejectedEvent;
import com.aftersales.api.expense.ExpenseClaimResubmittedEvent;
import com.aftersales.api.expense.ExpenseClaimSubmittedEvent;
import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.ExpenseFlagConfirmedEvent;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.expense.InvoiceRef;
import com.aftersales.api.expense.NonReimbursableScope;
import com.aftersales.api.expense.ReceiptFile;
import com.aftersales.api.expense.Trip;
import com.aftersales.api.parts.PartsRequisitionId;
import com.aftersales.api.parts.PartsRequisitionWrittenOffEvent;
import com.aftersales.api.parts.UsedLine;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.api.quality.QualityReviewId;
import com.aftersales.api.repair.CauseFlags;
import com.aftersales.api.repair.FaultType;
import com.aftersales.api.repair.IntakeInspection;
import com.aftersales.api.repair.OutsourcedRepairReturnedEvent;
import com.aftersales.api.repair.OutsourcedRepairSentEvent;
import com.aftersales.api.repair.Payer;
import com.aftersales.api.repair.RepairDiagnosedEvent;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.repair.RepairOrderOpenedEvent;
import com.aftersales.api.repair.RepeatMatch;
import com.aftersales.api.repair.RepeatRepairDetectedEvent;
import com.aftersales.api.repair.Responsibility;
import com.aftersales.api.repair.ResponsibilityPath;
import com.aftersales.api.repair.WarrantyFacts;
import com.aftersales.api.statistics.FigureFactView;
import com.aftersales.api.statistics.FindFigureFactsQuery;
import com.aftersales.api.statistics.FindFigureTrendQuery;
import com.aftersales.api.statistics.FindIssuedReportsQuery;
import com.aftersales.api.statistics.FindMonthlyFiguresQuery;
import com.aftersales.api.statistics.FindStatisticsPositionQuery;
import com.aftersales.api.statistics.IssueTrigger;
import com.aftersales.api.statistics.IssuedReportView;
import com.aftersales.api.statistics.MonthlyFiguresView;
import com.aftersales.api.statistics.MonthlyReportId;
import com.aftersales.api.statistics.MonthlyReportIssuedEvent;
import com.aftersales.api.statistics.ReplayMonthlyFiguresQuery;
import com.aftersales.api.statistics.ReportFigure;
import com.aftersales.api.ticket.CustomerRequest;
import com.aftersales.api.ticket.DispatchCosts;
import com.aftersales.api.ticket.EngineerArrivedEvent;
import com.aftersales.api.ticket.EngineerAssignedEvent;
import com.aftersales.api.ticket.EngineerDispatchedEvent;
import com.aftersales.api.ticket.FaultReport;
import com.aftersales.api.ticket.InstallationGuidanceFeeRecordedEvent;
import com.aftersales.api.ticket.IntakeChannel;
import com.aftersales.api.ticket.ProductKind;
import com.aftersales.api.ticket.ProductUnit;
import com.aftersales.api.ticket.ProofOfPurchase;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.ServiceModeChangedEvent;
import com.aftersales.api.ticket.ServiceTicketClosedEvent;
import com.aftersales.api.ticket.ServiceTicketRegisteredEvent;
import com.aftersales.api.ticket.SlaBreachedEvent;
import com.aftersales.api.ticket.SlaClock;
import com.aftersales.api.ticket.SlaTerms;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.query.statistics.MonthlyFigures;
import com.aftersales.query.statistics.MonthlyReportProjection;
import com.aftersales.query.statistics.MonthlyStatisticsProjection;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly statistics read model (M1, M2), given a scripted month of events in the real event
 * store and handled by the tracking processor, then every figure as computed by hand here. The
 * month is a far one of its own and every id is new, so nothing else counts in it.
 */
class MonthlyStatisticsProjectionIntegrationTest extends IntegrationTest {
    @Autowired
    EventStore eventStore;

    @Autowired
    EventStorageEngine storageEngine;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    QueryGateway queries;

    @Autowired
    MonthlyStatisticsProjection projection;

    @Autowired
    MonthlyReportProjection reportProjection;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);
    private final String clerk = "U-STAT-CLK-" + unique;
    private final String engineer = "U-STAT-ENG-" + unique;
    private final String supervisor = "U-STAT-SUP-" + unique;
    private final String finance = "U-STAT-FIN-" + unique;
    private final String model = "M-STAT-" + unique;
    private final YearMonth month = YearMonth.of(
            2500 + ThreadLocalRandom.current().nextInt(4000),
            1 + ThreadLocalRandom.current().nextInt(12));

    @Test
    @DisplayName("M1, M2: every figure of a scripted month, redelivery, as of a position, the facts behind a figure"
            + " and a rate, and the replay of the stream equal to the read model")
    void M1_M2_everyFigureOfAScriptedMonth() {
        StatisticsEvents events = new StatisticsEvents(eventStore, transaction);
        long before = head();

        // ---- tickets (T1-T9 facts)
        // T1: URGENT repair by phone, response + plan clocks, on site, 1 arrival, 1 dispatch, response breached
        TicketId t1 = TicketId.random();
        ticket(events, t1, CustomerRequest.REPAIR, Urgency.URGENT, IntakeChannel.PHONE, 2, false);
        ticketEvent(events, t1, 2, assigned(t1, ServiceMode.ON_SITE, null));
        ticketEvent(
                events,
                t1,
                3,
                new EngineerArrivedEvent(t1, new UserId(engineer), noon(month, 3), noon(month, 3), true));
        ticketEvent(events, t1, 3, dispatched(t1, ServiceMode.ON_SITE, 3, 2, "300.00", "80.00", "46.50", "120.00"));
        ticketEvent(events, t1, 3, new SlaBreachedEvent(t1, SlaClock.RESPONSE, noon(month, 2)));
        ticketEvent(events, t1, 5, new ServiceTicketClosedEvent(t1, "ok"));
        // T2: NORMAL repair by e-mail under a contract (4 clocks), remote then on site, 2 arrivals and
        // 2 dispatches, fix clock breached
        TicketId t2 = TicketId.random();
        ticket(events, t2, CustomerRequest.REPAIR, Urgency.NORMAL, IntakeChannel.EMAIL, 4, true);
        ticketEvent(events, t2, 4, assigned(t2, ServiceMode.REMOTE, null));
        ticketEvent(
                events,
                t2,
                5,
                new ServiceModeChangedEvent(t2, ServiceMode.REMOTE, ServiceMode.ON_SITE, noon(month, 6), "远程无法解决"));
        ticketEvent(
                events,
                t2,
                6,
                new EngineerArrivedEvent(t2, new UserId(engineer), noon(month, 6), noon(month, 6), true));
        ticketEvent(events, t2, 6, dispatched(t2, ServiceMode.ON_SITE, 6, 1, "100.00", "20.50", "10.00", "0.00"));
        ticketEvent(
                events,
                t2,
                8,
                new EngineerArrivedEvent(t2, new UserId(engineer), noon(month, 8), noon(month, 8), true));
        ticketEvent(events, t2, 8, dispatched(t2, ServiceMode.ON_SITE, 8, 1, "50.00", "0.00", "0.00", "30.00"));
        ticketEvent(events, t2, 9, new SlaBreachedEvent(t2, SlaClock.FIX, noon(month, 9)));
        ticketEvent(events, t2, 10, new ServiceTicketClosedEvent(t2, "ok"));
        // T3: LOW installation, walk-in (response clock only), installation clock from the assignment,
        // one dispatch costing 400 + 200 + 100 + 300, a covered and an uncovered guidance fee
        TicketId t3 = TicketId.random();
        ticket(events, t3, CustomerRequest.INSTALLATION, Urgency.LOW, IntakeChannel.WALK_IN, 5, false);
        ticketEvent(events, t3, 5, assigned(t3, ServiceMode.INSTALLATION, day(month, 20)));
        ticketEvent(
                events, t3, 7, dispatched(t3, ServiceMode.INSTALLATION, 7, 3, "400.00", "200.00", "100.00", "300.00"));
        ticketEvent(
                events,
                t3,
                7,
                new InstallationGuidanceFeeRecordedEvent(
                        t3, "F-1-" + unique, new BigDecimal("300.00"), day(month, 7), true, "HT-" + unique));
        ticketEvent(
                events,
                t3,
                8,
                new InstallationGuidanceFeeRecordedEvent(
                        t3, "F-2-" + unique, new BigDecimal("150.00"), day(month, 8), false, null));

        // ---- parts (R11): 2 issued less 1 returned of 187.00, and 1 of 12.34
        PartsRequisitionId requisition = PartsRequisitionId.random();
        RepairOrderId r1 = RepairOrderId.random();
        RepairOrderId r2 = RepairOrderId.random();
        events.given(
                "PartsRequisition",
                requisition.value(),
                noon(month, 12),
                by("U-STAT-STORE-" + unique, "ENGINEER"),
                new PartsRequisitionWrittenOffEvent(
                        requisition,
                        r1,
                        List.of(
                                new UsedLine(
                                        "P-" + unique, 2, 1, 1, new BigDecimal("187.00"), new BigDecimal("187.00")),
                                new UsedLine(
                                        "P2-" + unique, 1, 0, 1, new BigDecimal("12.34"), new BigDecimal("12.34"))),
                        new BigDecimal("199.34"),
                        day(month, 12)));

        // ---- repairs (R3, R7, R12): two of the model diagnosed, the second a repeat, re-diagnosed once;
        // the first sent out on day 13 and back on day 18
        repairOpened(events, r1, 9);
        repairEvent(events, r1, 10, diagnosed(r1, 1, 10));
        repairOpened(events, r2, 10);
        repairEvent(events, r2, 11, diagnosed(r2, 1, 11));
        repairEvent(
                events,
                r2,
                11,
                new RepeatRepairDetectedEvent(
                        r2,
                        r1,
                        "SN-" + unique,
                        RepeatMatch.FAULT_CATEGORY,
                        "SPINDLE",
                        List.of(),
                        day(month, 10),
                        day(month, 11),
                        1,
                        90,
                        1,
                        new UserId(engineer),
                        new UserId(engineer),
                        QualityReviewId.ofRepeat(r2, r1)));
        repairEvent(events, r2, 12, diagnosed(r2, 2, 12));
        repairEvent(
                events,
                r1,
                13,
                new OutsourcedRepairSentEvent(
                        r1, 1, "外修站", "站点前台", "QJ-" + unique, "需专用设备", noon(month, 13), day(month, 16), 1));
        repairEvent(events, r1, 18, new OutsourcedRepairReturnedEvent(r1, 1, true, "已修好", noon(month, 18)));

        // ---- complaints (C1-C4): one accepted with feedback on time, one rejected, one accepted and overdue
        ComplaintId c1 = ComplaintId.random();
        ComplaintId c2 = ComplaintId.random();
        ComplaintId c3 = ComplaintId.random();
        complaint(events, c1, t1, 3);
        complaintEvent(
                events,
                c1,
                4,
                new ComplaintAcceptedEvent(
                        c1, ComplaintCategory.IMPROPER_LANGUAGE_OR_ARGUING, "属实", List.of(), new UserId(supervisor)));
        complaintEvent(
                events,
                c1,
                5,
                new ComplaintFeedbackGivenEvent(
                        c1, FeedbackMethod.PHONE, "接受", true, noon(month, 5), day(month, 5), true, new UserId(clerk)));
        complaint(events, c2, t2, 6);
        complaintEvent(events, c2, 7, new ComplaintRejectedEvent(c2, true, false, "不合理", new UserId(supervisor)));
        complaint(events, c3, t3, 8);
        // reviewed only on the 2nd of the next month: it counts in the month of its registration
        events.given(
                "Complaint",
                c3.value(),
                noon(month.plusMonths(1), 2),
                by(supervisor, "SUPERVISOR"),
                new ComplaintAcceptedEvent(
                        c3, ComplaintCategory.SLOW_RESPONSE, "属实", List.of(), new UserId(supervisor)));
        events.given(
                "Complaint",
                c3.value(),
                noon(month.plusMonths(1), 3),
                by("system", "SYSTEM"),
                new ComplaintFeedbackOverdueEvent(c3, day(month, 10)));

        // ---- expense claims (X1-X6): one of 450.00 + 120.50, flagged, rejected, resubmitted, paid 450.00,
        // its flag confirmed; one of 200.00
        ExpenseClaimId e1 = ExpenseClaimId.random();
        ExpenseClaimId e2 = ExpenseClaimId.random();
        List<ExpenseLine> lines = List.of(line(1, "450.00"), line(2, "120.50"));
        claimEvent(
                events,
                e1,
                9,
                engineer,
                "ENGINEER",
                new ExpenseClaimSubmittedEvent(
                        e1, 1, new UserId(engineer), trip(), lines, new BigDecimal("570.50"), null));
        claimEvent(
                events,
                e1,
                9,
                "system",
                "SYSTEM",
                new ExpenseClaimFlaggedEvent(
                        e1,
                        1,
                        new UserId(engineer),
                        new ExpenseFlag(
                                "OVER_POLICY_CAP-v1-L1",
                                1,
                                FraudRule.OVER_POLICY_CAP,
                                1,
                                40,
                                Map.of("cap", "400.00"),
                                List.of(new EvidenceRef(EvidenceKind.POLICY_VERSION, "1")),
                                "超过标准")));
        claimEvent(
                events,
                e1,
                10,
                finance,
                "FINANCE",
                new ExpenseClaimRejectedEvent(e1, 1, ClaimStage.FINANCE_AUDIT, new UserId(finance), "缺少行程单"));
        claimEvent(
                events,
                e1,
                11,
                engineer,
                "ENGINEER",
                new ExpenseClaimResubmittedEvent(
                        e1, 2, 1, new UserId(engineer), trip(), lines.subList(0, 1), new BigDecimal("450.00"), "去掉餐费"));
        claimEvent(
                events,
                e1,
                12,
                finance,
                "FINANCE",
                new ExpenseClaimPaidEvent(
                        e1,
                        2,
                        new UserId(finance),
                        new BigDecimal("450.00"),
                        null,
                        BigDecimal.ZERO,
                        new BigDecimal("450.00"),
                        "PAY-" + unique));
        claimEvent(
                events,
                e1,
                12,
                finance,
                "FINANCE",
                new ExpenseFlagConfirmedEvent(
                        e1,
                        1,
                        "OVER_POLICY_CAP-v1-L1",
                        1,
                        FraudRule.OVER_POLICY_CAP,
                        new UserId(finance),
                        "不符",
                        NonReimbursableScope.LINE,
                        PenaltyId.random()));
        // handed in on the 3rd of the next month for a trip of this month: it counts in the trip's month
        events.given(
                "ExpenseClaim",
                e2.value(),
                noon(month.plusMonths(1), 3),
                by(engineer, "ENGINEER"),
                new ExpenseClaimSubmittedEvent(
                        e2,
                        1,
                        new UserId(engineer),
                        trip(),
                        List.of(line(1, "200.00")),
                        new BigDecimal("200.00"),
                        null));

        long scripted = head();
        MonthlyFiguresView now = awaitFigures(scripted);
        Map<String, BigDecimal> figures = MonthlyFigures.asMap(now.figures());

        // M1
        assertFigure(figures, INSTALLATION_PERSON_TIMES, "1"); // T3's dispatch
        assertFigure(figures, INSTALLATION_PERSON_DAYS, "3");
        assertFigure(figures, INSTALLATION_COST, "1450.00"); // 400 + 200 + 100 + 300 = 1000.00, + fees 300.00 + 150.00
        assertFigure(figures, INSTALLATION_GUIDANCE_FEE, "450.00"); // 300.00 + 150.00
        assertFigure(figures, INSTALLATION_GUIDANCE_FEE_COVERED, "300.00");
        assertFigure(figures, DISPATCH_PERSON_TIMES, "3"); // T1 once, T2 twice
        assertFigure(figures, DISPATCH_PERSON_DAYS, "4"); // 2 + 1 + 1
        assertFigure(figures, DISPATCH_COST, "550.50"); // (300.00 + 80.00) + (100.00 + 20.50) + (50.00 + 0.00)
        assertFigure(figures, TRANSPORT_COST, "56.50"); // 46.50 + 10.00 + 0.00
        assertFigure(
                figures, MATERIAL_COST, "349.34"); // dispatches 120.00 + 0.00 + 30.00, parts (2 − 1) × 187.00 + 12.34
        // 1450.00 + 550.50 + 56.50 + 349.34 − 300.00 (covered guidance fee)
        assertFigure(figures, TOTAL_COST, "2106.34");
        assertThat(now.figures().get(0).key()).isEqualTo(INSTALLATION_PERSON_TIMES);

        // M2: tickets
        assertFigure(figures, TICKETS_REGISTERED, "3");
        assertFigure(figures, urgency(Urgency.URGENT), "1");
        assertFigure(figures, urgency(Urgency.NORMAL), "1");
        assertFigure(figures, urgency(Urgency.LOW), "1");
        assertFigure(figures, channel(IntakeChannel.PHONE), "1");
        assertFigure(figures, channel(IntakeChannel.EMAIL), "1");
        assertFigure(figures, channel(IntakeChannel.WALK_IN), "1");
        assertFigure(figures, channel(IntakeChannel.ONLINE_CHAT), "0");
        assertFigure(figures, channel(IntakeChannel.LETTER), "0");
        assertFigure(figures, channel(IntakeChannel.E_COMMERCE), "0");
        assertFigure(figures, mode(ServiceMode.ON_SITE), "2"); // T1, and T2 moved from remote
        assertFigure(figures, mode(ServiceMode.REMOTE), "0"); // T2: + 1 − 1
        assertFigure(figures, mode(ServiceMode.INSTALLATION), "1");
        assertFigure(figures, mode(ServiceMode.REPAIR), "0");
        // M2: SLA, clocks started at registration (T1 2, T2 4, T3 1) and T3's installation clock
        assertFigure(figures, slaStarted(SlaClock.RESPONSE), "3");
        assertFigure(figures, slaStarted(SlaClock.PLAN), "2");
        assertFigure(figures, slaStarted(SlaClock.ON_SITE), "1");
        assertFigure(figures, slaStarted(SlaClock.FIX), "1");
        assertFigure(figures, slaStarted(SlaClock.INSTALLATION), "1");
        assertFigure(figures, slaBreached(SlaClock.RESPONSE), "1");
        assertFigure(figures, slaBreached(SlaClock.FIX), "1");
        assertFigure(figures, slaBreached(SlaClock.PLAN), "0");
        assertFigure(figures, slaCompliance(SlaClock.RESPONSE), "66.7"); // (3 − 1) / 3
        assertFigure(figures, slaCompliance(SlaClock.PLAN), "100.0");
        assertFigure(figures, slaCompliance(SlaClock.ON_SITE), "100.0");
        assertFigure(figures, slaCompliance(SlaClock.FIX), "0.0"); // (1 − 1) / 1
        assertFigure(figures, slaCompliance(SlaClock.INSTALLATION), "100.0");
        assertFigure(figures, SLA_COMPLIANCE, "75.0"); // (8 − 2) / 8
        // M2: first-time fix: T1 (1 arrival, 1 dispatch) yes, T2 (2 and 2) no
        assertFigure(figures, FTF_CLOSED, "2");
        assertFigure(figures, FTF_FIXED, "1");
        assertFigure(figures, FTF_RATE, "50.0");
        // M2: repeat repair: r1 and r2 diagnosed first (r2's second diagnosis does not count), r2 a repeat
        assertFigure(figures, REPAIRS_DIAGNOSED, "2");
        assertFigure(figures, REPAIRS_REPEAT, "1");
        assertFigure(figures, REPAIRS_REPEAT_RATE, "50.0");
        assertFigure(figures, diagnosedOfModel(model), "2");
        assertFigure(figures, repeatOfModel(model), "1");
        assertFigure(figures, repeatRateOfModel(model), "50.0");
        // M2: complaints
        assertFigure(figures, COMPLAINTS_RECEIVED, "3");
        assertFigure(figures, COMPLAINTS_ACCEPTED, "2");
        assertFigure(figures, acceptedIn(ComplaintCategory.IMPROPER_LANGUAGE_OR_ARGUING), "1");
        assertFigure(figures, acceptedIn(ComplaintCategory.SLOW_RESPONSE), "1");
        assertFigure(figures, acceptedIn(ComplaintCategory.OTHER), "0");
        assertFigure(figures, COMPLAINTS_REJECTED, "1");
        assertFigure(figures, COMPLAINTS_FEEDBACK_GIVEN, "1");
        assertFigure(figures, COMPLAINTS_FEEDBACK_ON_TIME, "1");
        assertFigure(figures, COMPLAINTS_FEEDBACK_ON_TIME_RATE, "100.0");
        assertFigure(figures, COMPLAINTS_FEEDBACK_OVERDUE, "1");
        // M2: expense claims (the resubmission is not a new claim)
        assertFigure(figures, EXPENSES_CLAIMED_COUNT, "2");
        assertFigure(figures, EXPENSES_CLAIMED_AMOUNT, "770.50"); // 570.50 + 200.00
        assertFigure(figures, EXPENSES_PAID_COUNT, "1");
        assertFigure(figures, EXPENSES_PAID_AMOUNT, "450.00");
        assertFigure(figures, EXPENSES_REJECTED, "1");
        assertFigure(figures, EXPENSES_FLAGS_RAISED, "1");
        assertFigure(figures, EXPENSES_FLAGS_CONFIRMED, "1");
        // M2: outsourced repairs: day 13 to day 18
        assertFigure(figures, OUTSOURCED_SENT, "1");
        assertFigure(figures, OUTSOURCED_RETURNED, "1");
        assertFigure(figures, OUTSOURCED_TURNAROUND_DAYS, "5");
        assertFigure(figures, OUTSOURCED_AVERAGE_TURNAROUND_DAYS, "5.0");

        // the month before has nothing of this test
        List<MonthlyFiguresView> trend = queries.query(
                        new FindFigureTrendQuery(month.minusMonths(1), month),
                        ResponseTypes.multipleInstancesOf(MonthlyFiguresView.class))
                .join();
        assertThat(trend).extracting(MonthlyFiguresView::month).containsExactly(month.minusMonths(1), month);
        assertThat(trend.get(0).value(TOTAL_COST))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));
        assertThat(trend.get(1).value(TOTAL_COST))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2106.34"));

        // redelivery: the same events handed to the projection again change nothing
        // 6 + 9 + 5 ticket events, 4 + 4 repair events
        assertThat(redeliver(before, scripted, Set.of(t1.value(), t2.value(), t3.value(), r1.value(), r2.value())))
                .isEqualTo(28);
        assertThat(MonthlyFigures.asMap(figuresNow().figures())).isEqualTo(figures);

        // facts behind a figure, and behind both sides of a rate
        List<FigureFactView> dispatchCost = facts(DISPATCH_COST, null, null);
        assertThat(dispatchCost)
                .extracting(FigureFactView::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("380.00"), new BigDecimal("120.50"), new BigDecimal("50.00"));
        assertThat(dispatchCost).allSatisfy(fact -> {
            assertThat(fact.eventType()).isEqualTo("EngineerDispatchedEvent");
            assertThat(fact.actor()).isEqualTo(engineer);
            assertThat(fact.role()).isEqualTo("ENGINEER");
            assertThat(fact.month()).isEqualTo(month);
            assertThat(fact.sequenceNumber()).isPositive();
        });
        assertThat(dispatchCost)
                .extracting(FigureFactView::aggregateId)
                .containsExactly(t1.value(), t2.value(), t2.value());
        List<FigureFactView> ftf = facts(FTF_RATE, null, null);
        assertThat(ftf).extracting(FigureFactView::figure).containsExactlyInAnyOrder(FTF_CLOSED, FTF_CLOSED, FTF_FIXED);
        assertThat(ftf).extracting(FigureFactView::aggregateId).containsOnly(t1.value(), t2.value());
        assertThat(facts(TOTAL_COST, null, null))
                .extracting(FigureFactView::figure)
                .contains(INSTALLATION_GUIDANCE_FEE_COVERED);

        // a late fact: as of the earlier position it is left out, now it counts
        long position = now.position();
        assertThat(position).isGreaterThanOrEqualTo(scripted);
        PartsRequisitionId late = PartsRequisitionId.random();
        events.given(
                "PartsRequisition",
                late.value(),
                noon(month.plusMonths(1), 2),
                by("U-STAT-STORE-" + unique, "ENGINEER"),
                new PartsRequisitionWrittenOffEvent(
                        late,
                        r2,
                        List.of(new UsedLine("P-" + unique, 1, 0, 1, new BigDecimal("50.00"), new BigDecimal("50.00"))),
                        new BigDecimal("50.00"),
                        day(month, 28)));
        long later = head();
        MonthlyFiguresView afterLate = awaitFigures(later);
        assertThat(afterLate.value(MATERIAL_COST))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("399.34"));
        MonthlyFiguresView asOf = queries.query(
                        new FindMonthlyFiguresQuery(month, position),
                        ResponseTypes.instanceOf(MonthlyFiguresView.class))
                .join();
        assertThat(asOf.position()).isEqualTo(position);
        assertThat(MonthlyFigures.asMap(asOf.figures())).isEqualTo(figures);
        List<FigureFactView> lateFacts = facts(null, position, null);
        assertThat(lateFacts).singleElement().satisfies(fact -> {
            assertThat(fact.figure()).isEqualTo(MATERIAL_COST);
            assertThat(fact.amount()).isEqualByComparingTo("50.00");
            assertThat(fact.aggregateId()).isEqualTo(late.value());
        });
        assertThat(facts(MATERIAL_COST, null, position)).hasSize(3); // two dispatches with material, one write-off

        // the replay of the stream through the same definitions: equal to the read model, now and as of
        assertSame(replay(position), asOf);
        assertSame(replay(afterLate.position()), afterLate);
    }

    @Test
    @DisplayName("M3: every issued version of a month's report with its figures in order, who issued it in which role;"
            + " newest version first, a redelivery changes nothing")
    void M3_issuedReportsAsRecorded() {
        StatisticsEvents events = new StatisticsEvents(eventStore, transaction);
        MonthlyReportId report = MonthlyReportId.of(month);
        String manager = "U-STAT-MGR-" + unique;
        MonthlyReportIssuedEvent first = new MonthlyReportIssuedEvent(
                report,
                month,
                1,
                List.of(
                        new ReportFigure(INSTALLATION_PERSON_TIMES, new BigDecimal("1")),
                        new ReportFigure(TOTAL_COST, new BigDecimal("2106.34"))),
                41,
                month.plusMonths(1).atDay(5),
                IssueTrigger.SCHEDULED,
                null,
                new UserId("system"));
        MonthlyReportIssuedEvent second = new MonthlyReportIssuedEvent(
                report,
                month,
                2,
                List.of(
                        new ReportFigure(INSTALLATION_PERSON_TIMES, new BigDecimal("1")),
                        new ReportFigure(TOTAL_COST, new BigDecimal("2156.34"))),
                57,
                month.plusMonths(1).atDay(9),
                IssueTrigger.RESTATEMENT,
                "迟到的核销单",
                new UserId(manager));
        events.given("MonthlyReport", report.value(), noon(month.plusMonths(1), 5), by("system", "SYSTEM"), first);
        events.given("MonthlyReport", report.value(), noon(month.plusMonths(1), 9), by(manager, "MANAGER"), second);
        await().atMost(Duration.ofSeconds(30)).until(() -> issued(month).size() == 2);
        List<IssuedReportView> reports = issued(month);
        assertThat(reports).extracting(IssuedReportView::version).containsExactly(2, 1);
        IssuedReportView restated = reports.get(0);
        assertThat(restated.month()).isEqualTo(month);
        assertThat(restated.streamPosition()).isEqualTo(57);
        assertThat(restated.figures())
                .extracting(ReportFigure::key)
                .containsExactly(INSTALLATION_PERSON_TIMES, TOTAL_COST);
        assertThat(restated.figures().get(1).value()).isEqualByComparingTo("2156.34");
        assertThat(restated.issuedOn()).isEqualTo(month.plusMonths(1).atDay(9));
        assertThat(restated.trigger()).isEqualTo(IssueTrigger.RESTATEMENT);
        assertThat(restated.reason()).isEqualTo("迟到的核销单");
        assertThat(restated.issuedBy()).isEqualTo(manager);
        assertThat(restated.role()).isEqualTo("MANAGER");
        assertThat(restated.issuedAt()).isEqualTo(noon(month.plusMonths(1), 9));
        assertThat(reports.get(1).trigger()).isEqualTo(IssueTrigger.SCHEDULED);
        assertThat(reports.get(1).role()).isEqualTo("SYSTEM");
        assertThat(reports.get(1).figures().get(1).value()).isEqualByComparingTo("2106.34");

        AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(reportProjection);
        transaction.executeWithoutResult(status -> {
            try {
                adapter.handle(new GenericDomainEventMessage<>(
                        "MonthlyReport",
                        report.value(),
                        0,
                        first,
                        by("U-OTHER", "MANAGER"),
                        UUID.randomUUID().toString(),
                        noon(month.plusMonths(2), 1)));
            } catch (Exception failed) {
                throw new IllegalStateException(failed);
            }
        });
        assertThat(issued(month)).isEqualTo(reports);
        List<IssuedReportView> all = queries.query(
                        new FindIssuedReportsQuery(null), ResponseTypes.multipleInstancesOf(IssuedReportView.class))
                .join();
        assertThat(all).filteredOn(view -> view.month().equals(month)).isEqualTo(reports);
    }

    private List<IssuedReportView> issued(YearMonth of) {
        return queries.query(new FindIssuedReportsQuery(of), ResponseTypes.multipleInstancesOf(IssuedReportView.class))
                .join();
    }

    // ------------------------------------------------------------------ helpers

    private long head() {
        return eventStore.createHeadToken().position().orElse(-1L);
    }

    private long position() {
        return queries.query(new FindStatisticsPositionQuery(), ResponseTypes.instanceOf(Long.class))
                .join();
    }

    private MonthlyFiguresView awaitFigures(long upTo) {
        await().atMost(Duration.ofSeconds(30)).until(() -> position() >= upTo);
        return figuresNow();
    }

    private MonthlyFiguresView figuresNow() {
        return queries.query(
                        new FindMonthlyFiguresQuery(month, null), ResponseTypes.instanceOf(MonthlyFiguresView.class))
                .join();
    }

    private MonthlyFiguresView replay(long upTo) {
        return queries.query(
                        new ReplayMonthlyFiguresQuery(month, upTo), ResponseTypes.instanceOf(MonthlyFiguresView.class))
                .join();
    }

    private List<FigureFactView> facts(String figure, Long after, Long upTo) {
        return queries.query(
                        new FindFigureFactsQuery(month, figure, after, upTo, 100),
                        ResponseTypes.multipleInstancesOf(FigureFactView.class))
                .join();
    }

    private static void assertSame(MonthlyFiguresView replayed, MonthlyFiguresView read) {
        assertThat(replayed.figures())
                .extracting(ReportFigure::key)
                .isEqualTo(read.figures().stream().map(ReportFigure::key).toList());
        for (int i = 0; i < read.figures().size(); i++) {
            assertThat(replayed.figures().get(i).value())
                    .as(read.figures().get(i).key())
                    .isEqualByComparingTo(read.figures().get(i).value());
        }
    }

    private static void assertFigure(Map<String, BigDecimal> figures, String key, String expected) {
        assertThat(figures).containsKey(key);
        assertThat(figures.get(key)).as(key).isEqualByComparingTo(expected);
    }

    /** Hands the stored events of {@code aggregates} to the projection again; answers how many it took. */
    private int redeliver(long after, long upTo, Set<String> aggregates) {
        AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(projection);
        int[] handled = {0};
        transaction.executeWithoutResult(status -> {
            try (Stream<? extends TrackedEventMessage<?>> stream = storageEngine.readEvents(null, false)) {
                stream.filter(m -> m.trackingToken().position().orElse(-1L) > after
                                && m.trackingToken().position().orElse(-1L) <= upTo)
                        .filter(m ->
                                m instanceof DomainEventMessage<?> d && aggregates.contains(d.getAggregateIdentifier()))
                        .forEach(m -> {
                            try {
                                if (adapter.canHandle(m)) {
                                    handled[0]++;
                                }
                                adapter.handle(m);
                            } catch (Exception failed) {
                                throw new IllegalStateException(failed);
                            }
                        });
            }
        });
        return handled[0];
    }

    private void ticket(
            StatisticsEvents events,
            TicketId ticket,
            CustomerRequest request,
            Urgency urgency,
            IntakeChannel channel,
            int day,
            boolean contract) {
        Instant at = noon(month, day);
        events.given(
                "ServiceTicket",
                ticket.value(),
                at,
                by(clerk, "CLERK"),
                new ServiceTicketRegisteredEvent(
                        ticket,
                        month.toString().replace("-", "") + "-" + ticket.value().substring(0, 8),
                        CustomerId.random(),
                        channel,
                        new ProofOfPurchase("SO-" + unique, null),
                        new ProductUnit(
                                model,
                                "SN-" + ticket.value().substring(0, 8),
                                ProductKind.HARDWARE,
                                day(month, 1).minusYears(1),
                                model),
                        new FaultReport("故障", null, null),
                        request,
                        urgency,
                        contract,
                        at,
                        at.plus(Duration.ofHours(2)),
                        urgency == Urgency.LOW ? null : at.plus(Duration.ofHours(4)),
                        contract ? at.plus(Duration.ofHours(3)) : null,
                        contract ? at.plus(Duration.ofHours(6)) : null,
                        new SlaTerms(
                                1,
                                null,
                                null,
                                null,
                                Duration.ofHours(2),
                                contract ? Duration.ofHours(3) : null,
                                urgency == Urgency.LOW ? null : Duration.ofHours(4),
                                contract ? Duration.ofHours(6) : null,
                                Duration.ofHours(4),
                                false,
                                null)));
    }

    private void ticketEvent(StatisticsEvents events, TicketId ticket, int day, Object event) {
        events.given("ServiceTicket", ticket.value(), noon(month, day), by(engineer, "ENGINEER"), event);
    }

    private EngineerAssignedEvent assigned(TicketId ticket, ServiceMode mode, LocalDate deadline) {
        return new EngineerAssignedEvent(ticket, new UserId(engineer), null, mode, noon(month, 20), deadline, "");
    }

    private EngineerDispatchedEvent dispatched(
            TicketId ticket,
            ServiceMode mode,
            int day,
            int personDays,
            String travel,
            String lodging,
            String transport,
            String materials) {
        return new EngineerDispatchedEvent(
                ticket,
                "D-" + UUID.randomUUID().toString().substring(0, 8),
                new UserId(engineer),
                mode,
                day(month, day),
                day(month, day).plusDays(personDays - 1),
                personDays,
                "苏州",
                new DispatchCosts(
                        new BigDecimal(travel),
                        new BigDecimal(lodging),
                        new BigDecimal(transport),
                        new BigDecimal(materials)));
    }

    private void repairOpened(StatisticsEvents events, RepairOrderId repair, int day) {
        repairEvent(
                events,
                repair,
                day,
                new RepairOrderOpenedEvent(
                        repair,
                        null,
                        CustomerId.random(),
                        "SN-" + unique,
                        model,
                        Urgency.NORMAL,
                        noon(month, day),
                        new IntakeInspection("外观完好", "标准配置", List.of()),
                        List.of(),
                        new UserId(engineer),
                        noon(month, day + 1),
                        1));
    }

    private RepairDiagnosedEvent diagnosed(RepairOrderId repair, int diagnosis, int day) {
        return new RepairDiagnosedEvent(
                repair,
                diagnosis,
                new UserId(engineer),
                noon(month, day),
                day(month, day),
                FaultType.HARDWARE,
                "SPINDLE",
                "主轴异响",
                List.of(),
                new Responsibility(
                        new WarrantyFacts(
                                1, day(month, 1).minusYears(1), day(month, 1).plusYears(1), 24, day(month, day), true),
                        FaultType.HARDWARE,
                        new CauseFlags(false, false, false, false, false, false, null),
                        1,
                        ResponsibilityPath.IN_WARRANTY_COMPANY,
                        Payer.COMPANY),
                null,
                null,
                null,
                0);
    }

    private void repairEvent(StatisticsEvents events, RepairOrderId repair, int day, Object event) {
        events.given("RepairOrder", repair.value(), noon(month, day), by(engineer, "ENGINEER"), event);
    }

    private void complaint(StatisticsEvents events, ComplaintId complaint, TicketId ticket, int day) {
        Instant at = noon(month, day);
        events.given(
                "Complaint",
                complaint.value(),
                at,
                by(clerk, "CLERK"),
                new ComplaintRegisteredEvent(
                        complaint,
                        ComplaintChannel.PHONE,
                        CustomerId.random(),
                        new ComplaintConcern(ticket, null, new UserId(engineer), null, model),
                        null,
                        "客户不满",
                        at,
                        null,
                        day(month, day + 2),
                        noon(month, day + 3),
                        2,
                        1,
                        1,
                        new UserId(clerk)));
    }

    private void complaintEvent(StatisticsEvents events, ComplaintId complaint, int day, Object event) {
        events.given("Complaint", complaint.value(), noon(month, day), by(supervisor, "SUPERVISOR"), event);
    }

    private void claimEvent(
            StatisticsEvents events, ExpenseClaimId claim, int day, String actor, String role, Object event) {
        events.given("ExpenseClaim", claim.value(), noon(month, day), by(actor, role), event);
    }

    private Trip trip() {
        return new Trip("苏州", List.of(), day(month, 3), day(month, 5), List.of(), "上门维修");
    }

    private ExpenseLine line(int lineNo, String amount) {
        return new ExpenseLine(
                lineNo,
                ExpenseLineCategory.LODGING,
                new InvoiceRef(
                        "044001900111",
                        String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000))),
                "酒店",
                day(month, 4),
                "苏州",
                new BigDecimal(amount),
                new ReceiptFile(UUID.randomUUID().toString().replace("-", "").repeat(2), "image/jpeg", "r.jpg", 2048),
                "");
    }
}
