package com.aftersales.app.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.common.UserId;
import com.aftersales.api.lineage.FindSerialLineageQuery;
import com.aftersales.api.lineage.LineageStepView;
import com.aftersales.api.lineage.SerialLineageView;
import com.aftersales.api.lineage.UnitStateView;
import com.aftersales.api.quality.QualityReviewId;
import com.aftersales.api.repair.FaultType;
import com.aftersales.api.repair.RepairOrderCompletedEvent;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.repair.RepeatMatch;
import com.aftersales.api.repair.RepeatRepairDetectedEvent;
import com.aftersales.api.ticket.RepairOrderLinkedEvent;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.Registrations;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The serial lineage (S4, R12): given a ticket, its repair order link, an earlier completed repair
 * and a repeat detected on the later one in the store, then the lineage lists exactly those events
 * and the review the system opened for the repeat, in recorded order with their actors, and the
 * unit's state after each.
 */
class SerialLineageIntegrationTest extends IntegrationTest {
    private static final UserId ENGINEER = new UserId("U-ENG-01");

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    QueryGateway queries;

    @Test
    void theLineageListsTheUnitsEventsInRecordedOrderWithTheStateAfterEach_S4_R12() {
        TicketId ticket = Registrations.register(commands, Urgency.NORMAL, Instant.parse("2031-03-01T02:00:00Z"))
                .ticketId();
        String serial = "SN-" + ticket.value().substring(0, 8);
        RepairOrderId earlier = RepairOrderId.random();
        RepairOrderId later = RepairOrderId.random();
        QualityReviewId review = QualityReviewId.ofRepeat(earlier, later);
        publish("RepairOrder", earlier.value(), 0, completed(earlier, serial), "U-QA-01", "QUALITY");
        publish("ServiceTicket", ticket.value(), 1, new RepairOrderLinkedEvent(ticket, later), "U-ENG-02", "ENGINEER");
        publish("RepairOrder", later.value(), 0, repeat(later, earlier, serial, review), "U-ENG-02", "ENGINEER");

        await().atMost(Duration.ofSeconds(20))
                .until(() -> lineage(serial).steps().size() == 5);
        List<LineageStepView> steps = lineage(serial).steps();

        assertThat(steps)
                .extracting(LineageStepView::step, LineageStepView::eventType, LineageStepView::aggregateId)
                .containsExactly(
                        tuple(1, "ServiceTicketRegisteredEvent", ticket.value()),
                        tuple(2, "RepairOrderCompletedEvent", earlier.value()),
                        tuple(3, "RepairOrderLinkedEvent", ticket.value()),
                        tuple(4, "RepeatRepairDetectedEvent", later.value()),
                        // the review the system opened for the repeat (R13) is the unit's too
                        tuple(5, "QualityReviewOpenedEvent", review.value()));
        assertThat(steps)
                .extracting(LineageStepView::actorUserId, LineageStepView::actorRole)
                .containsExactly(
                        tuple(Registrations.CLERK.userId(), "CLERK"),
                        tuple("U-QA-01", "QUALITY"),
                        tuple("U-ENG-02", "ENGINEER"),
                        tuple("U-ENG-02", "ENGINEER"),
                        tuple("system", "SYSTEM"));
        assertThat(steps.get(0).stateAfter())
                .isEqualTo(new UnitStateView("P-2200", null, List.of(ticket.value()), List.of(), 0, 0, 0, 0, 0));
        assertThat(steps.get(1).stateAfter())
                .isEqualTo(new UnitStateView(
                        "P-2200", LocalDate.of(2031, 6, 1), List.of(ticket.value()), List.of(), 1, 0, 0, 0, 0));
        assertThat(steps.get(2).stateAfter().openRepairOrders()).containsExactly(later.value());
        assertThat(steps.get(3).stateAfter())
                .isEqualTo(new UnitStateView(
                        "P-2200",
                        LocalDate.of(2031, 6, 1),
                        List.of(ticket.value()),
                        List.of(later.value()),
                        1,
                        1,
                        1,
                        0,
                        0));
        assertThat(steps.get(3).payloadJson()).contains("\"earlierRepairOrderId\":\"" + earlier.value() + "\"");
        assertThat(steps.get(4).stateAfter().openReviews()).isEqualTo(1);
    }

    @Test
    void anUnknownSerialHasAnEmptyLineage_S4() {
        assertThat(lineage("SN-NEVER-SEEN-" + UUID.randomUUID()).steps()).isEmpty();
    }

    private SerialLineageView lineage(String serial) {
        return queries.query(new FindSerialLineageQuery(serial), SerialLineageView.class)
                .join();
    }

    private void publish(String type, String id, long sequence, Object event, String userId, String role) {
        transaction.executeWithoutResult(status -> eventStore.publish(
                new GenericDomainEventMessage<>(type, id, sequence, event, Map.of("userId", userId, "role", role))));
    }

    private static RepairOrderCompletedEvent completed(RepairOrderId order, String serial) {
        return new RepairOrderCompletedEvent(
                order,
                serial,
                "P-2200",
                ENGINEER,
                Instant.parse("2031-03-01T06:00:00Z"),
                LocalDate.of(2031, 3, 1),
                FaultType.HARDWARE,
                "PAPER_FEED",
                List.of("P-ROLLER-22"),
                LocalDate.of(2031, 6, 1),
                1);
    }

    private static RepeatRepairDetectedEvent repeat(
            RepairOrderId later, RepairOrderId earlier, String serial, QualityReviewId review) {
        return new RepeatRepairDetectedEvent(
                later,
                earlier,
                serial,
                RepeatMatch.FAULT_CATEGORY,
                "PAPER_FEED",
                List.of(),
                LocalDate.of(2031, 3, 1),
                LocalDate.of(2031, 4, 10),
                40,
                90,
                1,
                ENGINEER,
                new UserId("U-ENG-02"),
                review);
    }
}
