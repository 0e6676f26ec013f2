package com.aftersales.command.expense;

import static com.aftersales.command.common.RuleViolations.violationOf;
import static com.aftersales.command.expense.ExpenseClaimSamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.UserId;
import com.aftersales.api.expense.ApproveTravelAdvanceCommand;
import com.aftersales.api.expense.PayTravelAdvanceCommand;
import com.aftersales.api.expense.RecordAdvanceReturnCommand;
import com.aftersales.api.expense.RejectTravelAdvanceCommand;
import com.aftersales.api.expense.RequestTravelAdvanceCommand;
import com.aftersales.api.expense.SettleTravelAdvanceCommand;
import com.aftersales.api.expense.TravelAdvanceApprovedEvent;
import com.aftersales.api.expense.TravelAdvancePaidEvent;
import com.aftersales.api.expense.TravelAdvanceRejectedEvent;
import com.aftersales.api.expense.TravelAdvanceRequestedEvent;
import com.aftersales.api.expense.TravelAdvanceReturnedEvent;
import com.aftersales.api.expense.TravelAdvanceSettledEvent;
import com.aftersales.api.expense.TravelAdvanceStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RULES X9 and S1 on the {@link TravelAdvance}: engineer {@code U-ENG-WANG} asks on Monday 10 March
 * 2025 (Shanghai) for 1000.00 for a trip to 苏州 from 12 to 14 March; the supervisor approves,
 * finance pays; the trip's claim, paid, settles it. Literal events.
 */
class TravelAdvanceTest {
    static final LocalDate TRIP_START = LocalDate.parse("2025-03-12");
    static final LocalDate TRIP_END = LocalDate.parse("2025-03-14");

    private AggregateTestFixture<TravelAdvance> fixture;

    static AggregateTestFixture<TravelAdvance> advanceFixture() {
        AggregateTestFixture<TravelAdvance> fixture = new AggregateTestFixture<>(TravelAdvance.class);
        fixture.registerInjectableResource(CLOCK);
        return fixture;
    }

    @BeforeEach
    void setUp() {
        fixture = advanceFixture();
    }

    static RequestTravelAdvanceCommand request(LocalDate start, LocalDate end, BigDecimal amount) {
        return new RequestTravelAdvanceCommand(ADVANCE, "苏州", start, end, amount, "HX-3200 维修");
    }

    static TravelAdvanceRequestedEvent requested(LocalDate start, LocalDate end) {
        return new TravelAdvanceRequestedEvent(ADVANCE, ENGINEER, "苏州", start, end, ADVANCED, "HX-3200 维修");
    }

    static TravelAdvanceRequestedEvent requested() {
        return requested(TRIP_START, TRIP_END);
    }

    static TravelAdvanceApprovedEvent approvedAdvance() {
        return new TravelAdvanceApprovedEvent(ADVANCE, new UserId(SUPERVISOR), "同意");
    }

    static TravelAdvancePaidEvent paidAdvance() {
        return new TravelAdvancePaidEvent(ADVANCE, ENGINEER, ADVANCED, new UserId(FINANCE), "ADV-PAY-1");
    }

    static TravelAdvanceSettledEvent settled(BigDecimal reimbursed, BigDecimal returnDue) {
        return new TravelAdvanceSettledEvent(ADVANCE, ENGINEER, CLAIM, ADVANCED, reimbursed, returnDue);
    }

    @Test
    void anEngineerAsksForAnAdvanceForATripStartingTodayOrLater_X9() {
        LocalDate today = LocalDate.parse("2025-03-10");
        fixture.givenNoPriorActivity()
                .when(request(today, today, ADVANCED), engineer())
                .expectEvents(requested(today, today));
        advanceFixture()
                .givenNoPriorActivity()
                .when(request(TRIP_START, TRIP_END, ADVANCED), engineer())
                .expectEvents(requested());
    }

    @Test
    void aTripThatStartedYesterdayInShanghaiIsClaimedNotAdvanced_X9() {
        fixture.givenNoPriorActivity()
                .when(request(LocalDate.parse("2025-03-09"), TRIP_END, ADVANCED), engineer())
                .expectException(violationOf(TravelAdvanceRule.ADVANCE_AFTER_TRIP_START))
                .expectNoEvents();
    }

    @Test
    void aTripEndingBeforeItStartsIsRefused_X9() {
        fixture.givenNoPriorActivity()
                .when(request(TRIP_END, TRIP_START, ADVANCED), engineer())
                .expectException(violationOf(TravelAdvanceRule.ADVANCE_TRIP_REQUIRED));
    }

    @Test
    void theAdvanceIsApprovedPaidAndSettledWithTheRestDueBack_X9() {
        fixture.given(requested())
                .when(new ApproveTravelAdvanceCommand(ADVANCE, "同意"), supervisor())
                .expectEvents(approvedAdvance());
        advanceFixture()
                .given(requested(), approvedAdvance())
                .when(new PayTravelAdvanceCommand(ADVANCE, "ADV-PAY-1"), finance())
                .expectEvents(paidAdvance());
        advanceFixture()
                .given(requested(), approvedAdvance(), paidAdvance())
                .when(new SettleTravelAdvanceCommand(ADVANCE, CLAIM, TOTAL), finance())
                .expectEvents(settled(TOTAL, new BigDecimal("429.50")));
        advanceFixture()
                .given(requested(), approvedAdvance(), paidAdvance(), settled(TOTAL, new BigDecimal("429.50")))
                .when(new RecordAdvanceReturnCommand(ADVANCE, new BigDecimal("429.5"), "RET-1"), finance())
                .expectEvents(new TravelAdvanceReturnedEvent(
                        ADVANCE, ENGINEER, new BigDecimal("429.5"), new UserId(FINANCE), "RET-1"));
    }

    @Test
    void aClaimOfMoreThanTheAdvanceLeavesNothingDue_X9() {
        fixture.given(requested(), approvedAdvance(), paidAdvance())
                .when(new SettleTravelAdvanceCommand(ADVANCE, CLAIM, new BigDecimal("1200.00")), finance())
                .expectEvents(settled(new BigDecimal("1200.00"), BigDecimal.ZERO));
        advanceFixture()
                .given(requested(), approvedAdvance(), paidAdvance(), settled(ADVANCED, BigDecimal.ZERO))
                .when(new RecordAdvanceReturnCommand(ADVANCE, BigDecimal.ZERO, "RET-1"), finance())
                .expectException(violationOf(TravelAdvanceRule.ADVANCE_STEP_OUT_OF_ORDER));
    }

    @Test
    void anAdvanceIsSettledOnce_X9() {
        fixture.given(requested(), approvedAdvance(), paidAdvance(), settled(TOTAL, new BigDecimal("429.50")))
                .when(new SettleTravelAdvanceCommand(ADVANCE, CLAIM, TOTAL), finance())
                .expectException(violationOf(TravelAdvanceRule.ADVANCE_ALREADY_SETTLED))
                .expectNoEvents();
        advanceFixture()
                .given(
                        requested(),
                        approvedAdvance(),
                        paidAdvance(),
                        settled(TOTAL, new BigDecimal("429.50")),
                        new TravelAdvanceReturnedEvent(
                                ADVANCE, ENGINEER, new BigDecimal("429.50"), new UserId(FINANCE), "RET-1"))
                .when(new SettleTravelAdvanceCommand(ADVANCE, CLAIM, TOTAL), finance())
                .expectException(violationOf(TravelAdvanceRule.ADVANCE_ALREADY_SETTLED));
        advanceFixture()
                .given(requested(), approvedAdvance())
                .when(new SettleTravelAdvanceCommand(ADVANCE, CLAIM, TOTAL), finance())
                .expectException(violationOf(TravelAdvanceRule.ADVANCE_STEP_OUT_OF_ORDER));
    }

    @Test
    void onlyTheAmountDueIsReturned_X9() {
        fixture.given(requested(), approvedAdvance(), paidAdvance(), settled(TOTAL, new BigDecimal("429.50")))
                .when(new RecordAdvanceReturnCommand(ADVANCE, new BigDecimal("429.49"), "RET-1"), finance())
                .expectException(violationOf(TravelAdvanceRule.ADVANCE_RETURN_AMOUNT));
    }

    @Test
    void theSupervisorApprovesUntilTheTripsLastDay_X9() {
        LocalDate today = LocalDate.parse("2025-03-10");
        fixture.given(requested(today, today))
                .when(new ApproveTravelAdvanceCommand(ADVANCE, "同意"), supervisor())
                .expectEvents(approvedAdvance());
        advanceFixture()
                .given(requested(today.minusDays(3), today.minusDays(1)))
                .when(new ApproveTravelAdvanceCommand(ADVANCE, "同意"), supervisor())
                .expectException(violationOf(TravelAdvanceRule.ADVANCE_TRIP_OVER));
    }

    @Test
    void theSupervisorRejectsARequestAndFinanceAnApprovedAdvance_X9() {
        fixture.given(requested())
                .when(new RejectTravelAdvanceCommand(ADVANCE, "行程未定"), supervisor())
                .expectEvents(new TravelAdvanceRejectedEvent(ADVANCE, new UserId(SUPERVISOR), "行程未定"));
        advanceFixture()
                .given(requested(), approvedAdvance())
                .when(new RejectTravelAdvanceCommand(ADVANCE, "预算不足"), finance())
                .expectEvents(new TravelAdvanceRejectedEvent(ADVANCE, new UserId(FINANCE), "预算不足"));
        advanceFixture()
                .given(requested())
                .when(new RejectTravelAdvanceCommand(ADVANCE, "行程未定"), finance())
                .expectException(violationOf(TravelAdvanceRule.ADVANCE_ROLE));
        advanceFixture()
                .given(requested(), approvedAdvance())
                .when(new RejectTravelAdvanceCommand(ADVANCE, "行程未定"), supervisor())
                .expectException(violationOf(TravelAdvanceRule.ADVANCE_ROLE));
        advanceFixture()
                .given(requested(), approvedAdvance(), paidAdvance())
                .when(new RejectTravelAdvanceCommand(ADVANCE, "行程未定"), finance())
                .expectException(violationOf(TravelAdvanceRule.ADVANCE_STEP_OUT_OF_ORDER));
    }

    @Test
    void theEngineerActingInAnotherRoleTakesNoStepOnTheirAdvance_S1() {
        String own = ENGINEER.value();
        fixture.given(requested())
                .when(new ApproveTravelAdvanceCommand(ADVANCE, null), as(own, "SUPERVISOR"))
                .expectException(violationOf(TravelAdvanceRule.ADVANCE_OWN));
        advanceFixture()
                .given(requested())
                .when(new RejectTravelAdvanceCommand(ADVANCE, "x"), as(own, "SUPERVISOR"))
                .expectException(violationOf(TravelAdvanceRule.ADVANCE_OWN));
        advanceFixture()
                .given(requested(), approvedAdvance())
                .when(new PayTravelAdvanceCommand(ADVANCE, "P"), as(own, "FINANCE"))
                .expectException(violationOf(TravelAdvanceRule.ADVANCE_OWN));
        advanceFixture()
                .given(requested(), approvedAdvance(), paidAdvance())
                .when(new SettleTravelAdvanceCommand(ADVANCE, CLAIM, TOTAL), as(own, "FINANCE"))
                .expectException(violationOf(TravelAdvanceRule.ADVANCE_OWN));
        advanceFixture()
                .given(requested(), approvedAdvance(), paidAdvance(), settled(TOTAL, new BigDecimal("429.50")))
                .when(new RecordAdvanceReturnCommand(ADVANCE, new BigDecimal("429.50"), "R"), as(own, "FINANCE"))
                .expectException(violationOf(TravelAdvanceRule.ADVANCE_OWN));
    }

    @Test
    void aClaimSeesTheAdvancesEngineerStatusAndAmount_X9() {
        TravelAdvance advance = new TravelAdvance();
        advance.on(requested());
        advance.on(approvedAdvance());
        advance.on(paidAdvance());
        assertThat(advance.standing()).isEqualTo(new ClaimAdvance(ENGINEER, TravelAdvanceStatus.PAID, ADVANCED));
    }
}
