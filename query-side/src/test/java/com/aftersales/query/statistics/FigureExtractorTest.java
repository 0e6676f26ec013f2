package com.aftersales.query.statistics;

import static com.aftersales.api.statistics.MonthlyFigureKeys.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.UserId;
import com.aftersales.api.complaint.ComplaintAcceptedEvent;
import com.aftersales.api.complaint.ComplaintCategory;
import com.aftersales.api.complaint.ComplaintChannel;
import com.aftersales.api.complaint.ComplaintConcern;
import com.aftersales.api.complaint.ComplaintId;
import com.aftersales.api.complaint.ComplaintRegisteredEvent;
import com.aftersales.api.complaint.ComplaintRejectedEvent;
import com.aftersales.api.expense.ExpenseClaimFlaggedEvent;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseClaimPaidEvent;
import com.aftersales.api.expense.ExpenseClaimRejectedEvent;
import com.aftersales.api.expense.ExpenseClaimSubmittedEvent;
import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.ExpenseFlagConfirmedEvent;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.expense.Trip;
import com.aftersales.api.quality.QualityReviewId;
import com.aftersales.api.repair.OutsourcedRepairReturnedEvent;
import com.aftersales.api.repair.OutsourcedRepairSentEvent;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.repair.RepeatMatch;
import com.aftersales.api.repair.RepeatRepairDetectedEvent;
import com.aftersales.api.ticket.CustomerRequest;
import com.aftersales.api.ticket.DispatchCosts;
import com.aftersales.api.ticket.EngineerAssignedEvent;
import com.aftersales.api.ticket.EngineerDispatchedEvent;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.ServiceTicketClosedEvent;
import com.aftersales.api.ticket.SlaBreachedEvent;
import com.aftersales.api.ticket.SlaClock;
import com.aftersales.api.ticket.TicketId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The facts single events contribute (M1, M2), with the context of earlier events held in memory. */
class FigureExtractorTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final YearMonth MARCH = YearMonth.of(2091, 3);
    private static final Instant AT = Instant.parse("2091-03-10T04:00:00Z");

    private final FigureExtractor extractor = new FigureExtractor(SHANGHAI);
    private final InMemoryStatisticsContext context = new InMemoryStatisticsContext();
    private final TicketId ticket = TicketId.random();

    @Test
    @DisplayName("M2: a reassignment in another mode moves the ticket, in the same mode it changes nothing")
    void M2_reassignmentMovesTheMode() {
        context.save(ticket.value(), new StatisticsContext.Ticket(MARCH, CustomerRequest.REPAIR, null, 0, 0, false));
        assertThat(extract(assigned(ServiceMode.REMOTE)))
                .containsExactly(new StatisticsFact(MARCH, mode(ServiceMode.REMOTE), BigDecimal.ONE));
        assertThat(extract(assigned(ServiceMode.REMOTE))).isEmpty();
        assertThat(extract(assigned(ServiceMode.ON_SITE)))
                .containsExactly(
                        new StatisticsFact(MARCH, mode(ServiceMode.REMOTE), BigDecimal.ONE.negate()),
                        new StatisticsFact(MARCH, mode(ServiceMode.ON_SITE), BigDecimal.ONE));
    }

    @Test
    @DisplayName("M1: a dispatch of a ticket the statistics do not know counts as an after-sales dispatch; zero costs"
            + " add no fact")
    void M1_dispatchOfAnUnknownTicket() {
        List<StatisticsFact> facts = extract(new EngineerDispatchedEvent(
                ticket,
                "D-1",
                new UserId("U-E"),
                ServiceMode.ON_SITE,
                LocalDate.of(2091, 3, 31),
                LocalDate.of(2091, 4, 1),
                2,
                "苏州",
                new DispatchCosts(new BigDecimal("10.00"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("0.00"))));
        assertThat(facts)
                .extracting(StatisticsFact::figure)
                .containsExactly(DISPATCH_PERSON_TIMES, DISPATCH_PERSON_DAYS, DISPATCH_COST);
        assertThat(facts).extracting(StatisticsFact::month).containsOnly(MARCH); // the start date decides
    }

    @Test
    @DisplayName("M2: a breach counts in the ticket's registration month; one of an unknown ticket counts nowhere")
    void M2_breachInTheRegistrationMonth() {
        assertThat(extract(new SlaBreachedEvent(ticket, SlaClock.PLAN, AT))).isEmpty();
        YearMonth february = MARCH.minusMonths(1);
        context.save(ticket.value(), new StatisticsContext.Ticket(february, CustomerRequest.REPAIR, null, 0, 0, false));
        assertThat(extract(new SlaBreachedEvent(ticket, SlaClock.PLAN, AT)))
                .containsExactly(new StatisticsFact(february, slaBreached(SlaClock.PLAN), BigDecimal.ONE));
    }

    @Test
    @DisplayName(
            "M2: a closing after two arrivals is no first-time fix; the month is the closing's in the company zone")
    void M2_firstTimeFix() {
        context.save(ticket.value(), new StatisticsContext.Ticket(MARCH, CustomerRequest.REPAIR, null, 2, 1, false));
        // 2091-03-31T17:00Z is 1 April 01:00 in Shanghai
        List<StatisticsFact> facts = extractor.extract(
                new ServiceTicketClosedEvent(ticket, "ok"), Instant.parse("2091-03-31T17:00:00Z"), context);
        assertThat(facts).containsExactly(new StatisticsFact(MARCH.plusMonths(1), FTF_CLOSED, BigDecimal.ONE));
    }

    @Test
    @DisplayName("M2: a repair order's repeat counts once, under its model")
    void M2_repeatCountedOnce() {
        RepairOrderId later = RepairOrderId.random();
        RepairOrderId earlier = RepairOrderId.random();
        context.save(later.value(), new StatisticsContext.Repair("CNC-850", false));
        RepeatRepairDetectedEvent repeat = new RepeatRepairDetectedEvent(
                later,
                earlier,
                "SN-1",
                RepeatMatch.FAULT_CATEGORY,
                "SPINDLE",
                List.of(),
                LocalDate.of(2091, 2, 1),
                LocalDate.of(2091, 3, 2),
                29,
                90,
                1,
                new UserId("U-E"),
                new UserId("U-E"),
                QualityReviewId.ofRepeat(later, earlier));
        assertThat(extract(repeat))
                .containsExactly(
                        new StatisticsFact(MARCH, REPAIRS_REPEAT, BigDecimal.ONE),
                        new StatisticsFact(MARCH, repeatOfModel("CNC-850"), BigDecimal.ONE));
        assertThat(extract(repeat)).isEmpty();
    }

    @Test
    @DisplayName("M2: turnaround in calendar days of the company zone, counted in the month of the return")
    void M2_turnaroundInCompanyDays() {
        RepairOrderId repair = RepairOrderId.random();
        // sent 1 March 23:30 Shanghai, back 2 April 00:30 Shanghai: 32 days
        Instant sent = Instant.parse("2091-03-01T15:30:00Z");
        Instant back = Instant.parse("2091-04-01T16:30:00Z");
        assertThat(extract(new OutsourcedRepairSentEvent(repair, 1, "站", "前台", "Q-1", "设备", sent, null, 1)))
                .containsExactly(new StatisticsFact(MARCH, OUTSOURCED_SENT, BigDecimal.ONE));
        assertThat(extract(new OutsourcedRepairReturnedEvent(repair, 1, true, "好", back)))
                .containsExactly(
                        new StatisticsFact(MARCH.plusMonths(1), OUTSOURCED_RETURNED, BigDecimal.ONE),
                        new StatisticsFact(MARCH.plusMonths(1), OUTSOURCED_TURNAROUND_DAYS, BigDecimal.valueOf(32)));
    }

    @Test
    @DisplayName("M2: a complaint's review counts in its registration month, whenever it is recorded")
    void M2_complaintReviewInTheRegistrationMonth() {
        ComplaintId accepted = ComplaintId.random();
        ComplaintId rejected = ComplaintId.random();
        // 2091-02-28T17:00Z is 1 March 01:00 in Shanghai
        Instant registeredAt = Instant.parse("2091-02-28T17:00:00Z");
        assertThat(extract(registered(accepted, registeredAt)))
                .containsExactly(new StatisticsFact(MARCH, COMPLAINTS_RECEIVED, BigDecimal.ONE));
        extract(registered(rejected, Instant.parse("2091-02-28T15:00:00Z")));
        Instant aprilReview = Instant.parse("2091-04-02T02:00:00Z");
        assertThat(extractor.extract(
                        new ComplaintAcceptedEvent(
                                accepted, ComplaintCategory.IMPROPER_LANGUAGE_OR_ARGUING, "r", List.of(), null),
                        aprilReview,
                        context))
                .containsExactly(
                        new StatisticsFact(MARCH, COMPLAINTS_ACCEPTED, BigDecimal.ONE),
                        new StatisticsFact(
                                MARCH, acceptedIn(ComplaintCategory.IMPROPER_LANGUAGE_OR_ARGUING), BigDecimal.ONE));
        assertThat(extractor.extract(
                        new ComplaintRejectedEvent(rejected, false, true, "r", null), aprilReview, context))
                .containsExactly(new StatisticsFact(MARCH.minusMonths(1), COMPLAINTS_REJECTED, BigDecimal.ONE));
        // a review of a complaint the statistics never saw counts in the month of its own time
        assertThat(extractor.extract(
                        new ComplaintRejectedEvent(ComplaintId.random(), false, true, "r", null), aprilReview, context))
                .containsExactly(new StatisticsFact(MARCH.plusMonths(1), COMPLAINTS_REJECTED, BigDecimal.ONE));
    }

    @Test
    @DisplayName("M2: every figure of an expense claim counts in the month its trip started, not when it was handed in")
    void M2_claimFiguresInTheTripMonth() {
        ExpenseClaimId claim = ExpenseClaimId.random();
        Instant handedIn = Instant.parse("2091-04-03T02:00:00Z");
        Trip trip = new Trip("无锡", List.of(), LocalDate.of(2091, 3, 31), LocalDate.of(2091, 4, 2), List.of(), "p");
        assertThat(extractor.extract(
                        new ExpenseClaimSubmittedEvent(
                                claim, 1, new UserId("U-E"), trip, List.of(), new BigDecimal("652.40"), null),
                        handedIn,
                        context))
                .containsExactly(
                        new StatisticsFact(MARCH, EXPENSES_CLAIMED_COUNT, BigDecimal.ONE),
                        new StatisticsFact(MARCH, EXPENSES_CLAIMED_AMOUNT, new BigDecimal("652.40")));
        ExpenseFlag flag = new ExpenseFlag("F-1", 1, FraudRule.DUPLICATE_INVOICE, 1, 30, Map.of(), List.of(), "e");
        assertThat(extractor.extract(
                        new ExpenseClaimFlaggedEvent(claim, 1, new UserId("U-E"), flag), handedIn, context))
                .containsExactly(new StatisticsFact(MARCH, EXPENSES_FLAGS_RAISED, BigDecimal.ONE));
        Instant may = Instant.parse("2091-05-06T02:00:00Z");
        assertThat(extractor.extract(
                        new ExpenseFlagConfirmedEvent(
                                claim, 1, "F-1", 1, FraudRule.DUPLICATE_INVOICE, null, "r", null, null),
                        may,
                        context))
                .containsExactly(new StatisticsFact(MARCH, EXPENSES_FLAGS_CONFIRMED, BigDecimal.ONE));
        assertThat(extractor.extract(new ExpenseClaimRejectedEvent(claim, 1, null, null, "r"), may, context))
                .containsExactly(new StatisticsFact(MARCH, EXPENSES_REJECTED, BigDecimal.ONE));
        assertThat(extractor.extract(
                        new ExpenseClaimPaidEvent(claim, 2, null, new BigDecimal("600.00"), null, null, null, "P"),
                        may,
                        context))
                .containsExactly(
                        new StatisticsFact(MARCH, EXPENSES_PAID_COUNT, BigDecimal.ONE),
                        new StatisticsFact(MARCH, EXPENSES_PAID_AMOUNT, new BigDecimal("600.00")));
        // a payment of a claim the statistics never saw counts in the month of its own time
        assertThat(extractor.extract(
                        new ExpenseClaimPaidEvent(
                                ExpenseClaimId.random(), 1, null, new BigDecimal("1.00"), null, null, null, "P"),
                        may,
                        context))
                .extracting(StatisticsFact::month)
                .containsOnly(MARCH.plusMonths(2));
    }

    @Test
    @DisplayName("M1, M2: events that count in no figure contribute nothing")
    void M1_M2_otherEventsContributeNothing() {
        assertThat(FigureExtractor.handles("not an event")).isFalse();
        assertThat(extract("not an event")).isEmpty();
    }

    private static ComplaintRegisteredEvent registered(ComplaintId complaint, Instant at) {
        return new ComplaintRegisteredEvent(
                complaint,
                ComplaintChannel.PHONE,
                null,
                new ComplaintConcern(null, null, new UserId("U-E"), null, null),
                null,
                "c",
                at,
                null,
                null,
                null,
                2,
                1,
                1,
                null);
    }

    private EngineerAssignedEvent assigned(ServiceMode mode) {
        return new EngineerAssignedEvent(ticket, new UserId("U-E"), null, mode, AT, null, "");
    }

    private List<StatisticsFact> extract(Object event) {
        return extractor.extract(event, AT, context);
    }
}
