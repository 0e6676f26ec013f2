package com.aftersales.app.expense;

import static com.aftersales.app.expense.ExpenseEvents.by;
import static com.aftersales.app.expense.ExpenseEvents.noonOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.common.UserId;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.FindOutstandingAdvancesQuery;
import com.aftersales.api.expense.FindTravelAdvancesQuery;
import com.aftersales.api.expense.OutstandingAdvanceView;
import com.aftersales.api.expense.TravelAdvanceApprovedEvent;
import com.aftersales.api.expense.TravelAdvanceId;
import com.aftersales.api.expense.TravelAdvancePaidEvent;
import com.aftersales.api.expense.TravelAdvanceRejectedEvent;
import com.aftersales.api.expense.TravelAdvanceRequestedEvent;
import com.aftersales.api.expense.TravelAdvanceReturnedEvent;
import com.aftersales.api.expense.TravelAdvanceSettledEvent;
import com.aftersales.api.expense.TravelAdvanceStatus;
import com.aftersales.api.expense.TravelAdvanceView;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.query.expense.TravelAdvanceProjection;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Travel advances' read model (X9): given an advance's events, then this view and what is outstanding. */
class TravelAdvanceProjectionIntegrationTest extends IntegrationTest {
    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    QueryGateway queries;

    @Autowired
    TravelAdvanceProjection projection;

    private ExpenseEvents events;
    private String engineer;
    private LocalDate start;

    @BeforeEach
    void ownData() {
        events = new ExpenseEvents(eventStore, transaction);
        engineer = "U-ADV-" + UUID.randomUUID().toString().substring(0, 8);
        start = ExpenseEvents.day();
    }

    @Test
    @DisplayName("X9: requested, approved, paid is outstanding; settled with a return due stays so until returned")
    void anAdvanceIsOutstandingUntilSettledAndReturned() {
        TravelAdvanceId advance = TravelAdvanceId.random();
        Instant at = noonOf(start.minusDays(3));
        events.given(
                ExpenseEvents.ADVANCE, advance.value(), at, by(engineer, "ENGINEER"), requested(advance, "2000.00"));
        TravelAdvanceView view = awaitAdvance(advance, TravelAdvanceStatus.REQUESTED);
        assertThat(view.engineerId()).isEqualTo(engineer);
        assertThat(view.amount()).isEqualByComparingTo("2000.00");
        assertThat(view.startDate()).isEqualTo(start);
        assertThat(outstanding()).isEmpty();

        events.given(
                ExpenseEvents.ADVANCE,
                advance.value(),
                at,
                by(TestUsers.SUPERVISOR_ID, "SUPERVISOR"),
                new TravelAdvanceApprovedEvent(advance, new UserId(TestUsers.SUPERVISOR_ID), "同意"));
        events.given(
                ExpenseEvents.ADVANCE,
                advance.value(),
                at,
                by("U-T-FIN", "FINANCE"),
                new TravelAdvancePaidEvent(
                        advance, new UserId(engineer), new BigDecimal("2000.00"), new UserId("U-T-FIN"), "PAY-A"));
        view = awaitAdvance(advance, TravelAdvanceStatus.PAID);
        assertThat(view.approvedBy()).isEqualTo(TestUsers.SUPERVISOR_ID);
        assertThat(view.paidBy()).isEqualTo("U-T-FIN");
        OutstandingAdvanceView owed = outstanding().orElseThrow();
        assertThat(owed.unsettled()).isEqualTo(1);
        assertThat(owed.unsettledAmount()).isEqualByComparingTo("2000.00");
        assertThat(owed.outstanding()).isEqualByComparingTo("2000.00");

        ExpenseClaimId claim = ExpenseClaimId.random();
        events.given(
                ExpenseEvents.ADVANCE,
                advance.value(),
                at,
                by("U-T-FIN", "FINANCE"),
                new TravelAdvanceSettledEvent(
                        advance,
                        new UserId(engineer),
                        claim,
                        new BigDecimal("2000.00"),
                        new BigDecimal("1500.00"),
                        new BigDecimal("500.00")));
        view = awaitAdvance(advance, TravelAdvanceStatus.SETTLED);
        assertThat(view.claimId()).isEqualTo(claim.value());
        assertThat(view.returnDue()).isEqualByComparingTo("500.00");
        owed = outstanding().orElseThrow();
        assertThat(owed.unsettled()).isZero();
        assertThat(owed.returnDue()).isEqualTo(1);
        assertThat(owed.returnDueAmount()).isEqualByComparingTo("500.00");

        events.given(
                ExpenseEvents.ADVANCE,
                advance.value(),
                at,
                by("U-T-FIN", "FINANCE"),
                new TravelAdvanceReturnedEvent(
                        advance, new UserId(engineer), new BigDecimal("200.00"), new UserId("U-T-FIN"), "R-1"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> outstanding()
                        .map(o -> o.returnDueAmount().compareTo(new BigDecimal("300.00")) == 0)
                        .orElse(false));
        events.given(
                ExpenseEvents.ADVANCE,
                advance.value(),
                at,
                by("U-T-FIN", "FINANCE"),
                new TravelAdvanceReturnedEvent(
                        advance, new UserId(engineer), new BigDecimal("300.00"), new UserId("U-T-FIN"), "R-2"));
        view = awaitAdvance(advance, TravelAdvanceStatus.RETURNED);
        assertThat(view.returned()).isEqualByComparingTo("500.00");
        assertThat(outstanding()).isEmpty();
    }

    @Test
    @DisplayName(
            "X9: a rejected advance owes nothing; a settlement that used all of it is returned at once; redelivery changes nothing")
    void rejectedAndFullyUsedAdvancesOweNothing() {
        TravelAdvanceId rejected = TravelAdvanceId.random();
        TravelAdvanceId used = TravelAdvanceId.random();
        Instant at = noonOf(start.minusDays(3));
        events.given(
                ExpenseEvents.ADVANCE, rejected.value(), at, by(engineer, "ENGINEER"), requested(rejected, "800.00"));
        events.given(
                ExpenseEvents.ADVANCE,
                rejected.value(),
                at,
                by(TestUsers.SUPERVISOR_ID, "SUPERVISOR"),
                new TravelAdvanceRejectedEvent(rejected, new UserId(TestUsers.SUPERVISOR_ID), "无派工"));
        TravelAdvanceView view = awaitAdvance(rejected, TravelAdvanceStatus.REJECTED);
        assertThat(view.rejectedBy()).isEqualTo(TestUsers.SUPERVISOR_ID);
        assertThat(view.rejectReason()).isEqualTo("无派工");

        events.given(
                ExpenseEvents.ADVANCE,
                used.value(),
                at,
                by(engineer, "ENGINEER"),
                requested(used, "1000.00"),
                new TravelAdvanceApprovedEvent(used, new UserId(TestUsers.SUPERVISOR_ID), null),
                new TravelAdvancePaidEvent(
                        used, new UserId(engineer), new BigDecimal("1000.00"), new UserId("U-T-FIN"), "P"),
                new TravelAdvanceSettledEvent(
                        used,
                        new UserId(engineer),
                        ExpenseClaimId.random(),
                        new BigDecimal("1000.00"),
                        new BigDecimal("1200.00"),
                        BigDecimal.ZERO));
        awaitAdvance(used, TravelAdvanceStatus.RETURNED);
        assertThat(outstanding()).isEmpty();

        again(
                used,
                new TravelAdvancePaidEvent(used, new UserId(engineer), new BigDecimal("9.00"), new UserId("U-X"), "X"),
                2,
                at);
        assertThat(awaitAdvance(used, TravelAdvanceStatus.RETURNED).amount()).isEqualByComparingTo("1000.00");
        assertThat(advances()).hasSize(2);
    }

    private TravelAdvanceRequestedEvent requested(TravelAdvanceId advance, String amount) {
        return new TravelAdvanceRequestedEvent(
                advance, new UserId(engineer), "成都", start, start.plusDays(3), new BigDecimal(amount), "现场安装");
    }

    private List<TravelAdvanceView> advances() {
        return queries.query(
                        new FindTravelAdvancesQuery(new UserId(engineer), null),
                        ResponseTypes.multipleInstancesOf(TravelAdvanceView.class))
                .join();
    }

    private Optional<OutstandingAdvanceView> outstanding() {
        return queries
                .query(
                        new FindOutstandingAdvancesQuery(),
                        ResponseTypes.multipleInstancesOf(OutstandingAdvanceView.class))
                .join()
                .stream()
                .filter(o -> o.engineerId().equals(engineer))
                .findFirst();
    }

    private TravelAdvanceView awaitAdvance(TravelAdvanceId advance, TravelAdvanceStatus status) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> advances().stream()
                                .filter(a -> a.advanceId().equals(advance.value()))
                                .findFirst()
                                .orElse(null),
                        view -> view != null && view.status() == status);
    }

    private void again(TravelAdvanceId advance, Object event, long sequence, Instant at) {
        try {
            new AnnotationEventHandlerAdapter(projection)
                    .handle(new GenericDomainEventMessage<>(
                            ExpenseEvents.ADVANCE,
                            advance.value(),
                            sequence,
                            event,
                            by("U-T-FIN", "FINANCE"),
                            UUID.randomUUID().toString(),
                            at));
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }
}
