package com.aftersales.query.statistics;

import static com.aftersales.api.statistics.MonthlyFigureKeys.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.UserId;
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
    @DisplayName("M1, M2: events that count in no figure contribute nothing")
    void M1_M2_otherEventsContributeNothing() {
        assertThat(FigureExtractor.handles("not an event")).isFalse();
        assertThat(extract("not an event")).isEmpty();
    }

    private EngineerAssignedEvent assigned(ServiceMode mode) {
        return new EngineerAssignedEvent(ticket, new UserId("U-E"), null, mode, AT, null, "");
    }

    private List<StatisticsFact> extract(Object event) {
        return extractor.extract(event, AT, context);
    }
}
