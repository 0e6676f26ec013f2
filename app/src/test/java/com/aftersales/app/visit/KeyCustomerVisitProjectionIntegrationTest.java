package com.aftersales.app.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import com.aftersales.api.visit.FindKeyCustomerVisitsQuery;
import com.aftersales.api.visit.KeyCustomerMarkedEvent;
import com.aftersales.api.visit.KeyCustomerUnmarkedEvent;
import com.aftersales.api.visit.KeyCustomerVisitOverdueEvent;
import com.aftersales.api.visit.KeyCustomerVisitView;
import com.aftersales.api.visit.KeyCustomerVisitedEvent;
import com.aftersales.app.support.IntegrationTest;
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

/** The key-customer visit board (T11): given these events of a plan in the store, then this row. */
class KeyCustomerVisitProjectionIntegrationTest extends IntegrationTest {
    private static final LocalDate DELIVERED = LocalDate.of(2031, 1, 15);
    private static final LocalDate FIRST_DUE = LocalDate.of(2031, 7, 15);
    private static final UserId ENGINEER = new UserId("U-ENG-01");

    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    QueryGateway queries;

    @Test
    void aMarkedCustomerIsOnTheBoardWithItsFirstDueDate_T11() {
        CustomerId customer = CustomerId.random();
        given(customer, marked(customer, DELIVERED, FIRST_DUE));

        assertThat(awaitVersion(customer, 0))
                .isEqualTo(new KeyCustomerVisitView(customer.value(), DELIVERED, null, FIRST_DUE, false, 0));
    }

    @Test
    void anOverdueVisitIsFlaggedAndAVisitThatMovesTheDueDateClearsIt_T11() {
        CustomerId customer = CustomerId.random();
        given(customer, marked(customer, DELIVERED, FIRST_DUE), new KeyCustomerVisitOverdueEvent(customer, FIRST_DUE));
        assertThat(awaitVersion(customer, 1).overdue()).isTrue();

        givenFrom(customer, 2, visited(customer, "V-1", LocalDate.of(2031, 7, 20), LocalDate.of(2032, 1, 20)));
        assertThat(awaitVersion(customer, 2))
                .isEqualTo(new KeyCustomerVisitView(
                        customer.value(), DELIVERED, LocalDate.of(2031, 7, 20), LocalDate.of(2032, 1, 20), false, 1));
    }

    @Test
    void aVisitEnteredOutOfOrderKeepsTheLatestVisitAndTheOverdueFlag_T11() {
        CustomerId customer = CustomerId.random();
        LocalDate due = LocalDate.of(2031, 8, 20);
        given(
                customer,
                marked(customer, DELIVERED, FIRST_DUE),
                visited(customer, "V-2", LocalDate.of(2031, 2, 20), due),
                new KeyCustomerVisitOverdueEvent(customer, due),
                visited(customer, "V-1", LocalDate.of(2031, 2, 10), due));

        assertThat(awaitVersion(customer, 3))
                .isEqualTo(
                        new KeyCustomerVisitView(customer.value(), DELIVERED, LocalDate.of(2031, 2, 20), due, true, 2));
    }

    @Test
    void anOverdueEventOfAnEarlierDueDateFlagsNothing_T11() {
        CustomerId customer = CustomerId.random();
        given(
                customer,
                marked(customer, DELIVERED, FIRST_DUE),
                visited(customer, "V-1", LocalDate.of(2031, 2, 10), LocalDate.of(2031, 8, 10)),
                new KeyCustomerVisitOverdueEvent(customer, FIRST_DUE));

        assertThat(awaitVersion(customer, 2).overdue()).isFalse();
    }

    @Test
    void anUnmarkedCustomerLeavesTheBoardAndMarkingAgainStartsANewRow_T11() {
        CustomerId customer = CustomerId.random();
        given(
                customer,
                marked(customer, DELIVERED, FIRST_DUE),
                visited(customer, "V-1", LocalDate.of(2031, 2, 10), LocalDate.of(2031, 8, 10)),
                new KeyCustomerUnmarkedEvent(customer, "合同到期"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from domain_event_entry where aggregate_identifier = ?",
                                Long.class,
                                customer.value())
                        == 3);
        await().atMost(Duration.ofSeconds(20)).until(() -> find(null, customer) == null);

        givenFrom(customer, 3, marked(customer, LocalDate.of(2031, 3, 1), LocalDate.of(2031, 9, 1)));
        assertThat(awaitVersion(customer, 3))
                .isEqualTo(new KeyCustomerVisitView(
                        customer.value(), LocalDate.of(2031, 3, 1), null, LocalDate.of(2031, 9, 1), false, 0));
    }

    @Test
    void theBoardShowsOverdueFirstThenByDueDateAndFilters_T11() {
        CustomerId later = CustomerId.random();
        CustomerId sooner = CustomerId.random();
        CustomerId overdue = CustomerId.random();
        given(later, marked(later, DELIVERED, LocalDate.of(2031, 7, 30)));
        given(sooner, marked(sooner, DELIVERED, LocalDate.of(2031, 7, 20)));
        given(
                overdue,
                marked(overdue, DELIVERED, LocalDate.of(2031, 8, 30)),
                new KeyCustomerVisitOverdueEvent(overdue, LocalDate.of(2031, 8, 30)));
        awaitVersion(later, 0);
        awaitVersion(sooner, 0);
        awaitVersion(overdue, 1);

        List<String> all = ids(board(null));
        assertThat(all.stream()
                        .filter(id -> List.of(later.value(), sooner.value(), overdue.value())
                                .contains(id))
                        .toList())
                .containsExactly(overdue.value(), sooner.value(), later.value());
        assertThat(ids(board(true))).contains(overdue.value()).doesNotContain(sooner.value(), later.value());
        assertThat(ids(board(false))).contains(sooner.value(), later.value()).doesNotContain(overdue.value());
        assertThat(board(true)).allSatisfy(row -> assertThat(row.overdue()).isTrue());
    }

    private static KeyCustomerMarkedEvent marked(CustomerId customer, LocalDate deliveredOn, LocalDate due) {
        return new KeyCustomerMarkedEvent(customer, deliveredOn, "年采购额前十", due);
    }

    private static KeyCustomerVisitedEvent visited(
            CustomerId customer, String visitId, LocalDate visitedOn, LocalDate nextDue) {
        return new KeyCustomerVisitedEvent(customer, visitId, visitedOn, ENGINEER, "巡检", nextDue);
    }

    private void given(CustomerId customer, Object... events) {
        givenFrom(customer, 0, events);
    }

    private void givenFrom(CustomerId customer, long firstSequence, Object... events) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            messages.add(new GenericDomainEventMessage<>(
                    "KeyCustomerVisitPlan",
                    customer.value(),
                    firstSequence + i,
                    events[i],
                    Map.of("userId", "U-TEST", "role", "CLERK"),
                    UUID.randomUUID().toString(),
                    Instant.parse("2031-01-15T02:00:00Z").plusSeconds(firstSequence + i)));
        }
        transaction.executeWithoutResult(status -> eventStore.publish(messages));
    }

    private KeyCustomerVisitView awaitVersion(CustomerId customer, long version) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForList(
                                        "select 1 from key_customer_visit_view where customer_id = ? and plan_version = ?",
                                        customer.value(),
                                        version)
                                .size()
                        == 1);
        return find(null, customer);
    }

    private KeyCustomerVisitView find(Boolean overdue, CustomerId customer) {
        return board(overdue).stream()
                .filter(row -> row.customerId().equals(customer.value()))
                .findFirst()
                .orElse(null);
    }

    private List<KeyCustomerVisitView> board(Boolean overdue) {
        return queries.query(
                        new FindKeyCustomerVisitsQuery(overdue),
                        ResponseTypes.multipleInstancesOf(KeyCustomerVisitView.class))
                .join();
    }

    private static List<String> ids(List<KeyCustomerVisitView> board) {
        return board.stream().map(KeyCustomerVisitView::customerId).toList();
    }
}
