package com.aftersales.app.quality;

import com.aftersales.api.common.UserId;
import com.aftersales.api.quality.QualityReviewId;
import com.aftersales.api.repair.FaultType;
import com.aftersales.api.repair.RepairOrderCompletedEvent;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.repair.RepeatMatch;
import com.aftersales.api.repair.RepeatRepairDetectedEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The repair orders' contract events (R8, R12), published into the store as the RepairOrder
 * aggregate would record them, so the quality side is tested without the repair side: an earlier
 * repair completed, and a later one of the same serial diagnosed as its repeat. Each call has
 * orders, a serial and a model of its own.
 */
final class RepeatRepairs {
    private final EventStore eventStore;
    private final TransactionTemplate transaction;

    RepeatRepairs(EventStore eventStore, TransactionTemplate transaction) {
        this.eventStore = eventStore;
        this.transaction = transaction;
    }

    record Repeat(
            RepairOrderId earlier,
            RepairOrderId later,
            String serial,
            String model,
            String category,
            QualityReviewId review,
            RepeatRepairDetectedEvent detected) {}

    /** {@code earlierEngineer} completed the earlier repair; {@code laterEngineer} diagnosed the repeat. */
    Repeat repeat(String earlierEngineer, String laterEngineer) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        RepairOrderId earlier = RepairOrderId.random();
        RepairOrderId later = RepairOrderId.random();
        String serial = "SN-Q-" + suffix;
        String model = "HX-Q-" + suffix;
        String category = "FUSER-" + suffix;
        publish(
                earlier,
                0,
                new RepairOrderCompletedEvent(
                        earlier,
                        serial,
                        model,
                        new UserId(earlierEngineer),
                        Instant.parse("2025-02-01T08:00:00Z"),
                        LocalDate.parse("2025-02-01"),
                        FaultType.HARDWARE,
                        category,
                        List.of("FU-3200-01"),
                        LocalDate.parse("2025-05-01"),
                        1),
                earlierEngineer,
                "ENGINEER");
        QualityReviewId review = QualityReviewId.ofRepeat(earlier, later);
        RepeatRepairDetectedEvent detected = new RepeatRepairDetectedEvent(
                later,
                earlier,
                serial,
                RepeatMatch.FAULT_CATEGORY_AND_PART,
                category,
                List.of("FU-3200-01"),
                LocalDate.parse("2025-02-01"),
                LocalDate.parse("2025-03-14"),
                41,
                90,
                1,
                new UserId(earlierEngineer),
                new UserId(laterEngineer),
                review);
        publish(later, 0, detected, laterEngineer, "ENGINEER");
        return new Repeat(earlier, later, serial, model, category, review, detected);
    }

    /** One more completed repair of {@code model} and {@code category} by {@code engineer}. */
    void completed(String engineer, String model, String category) {
        RepairOrderId order = RepairOrderId.random();
        publish(
                order,
                0,
                new RepairOrderCompletedEvent(
                        order,
                        "SN-Q-" + UUID.randomUUID().toString().substring(0, 8),
                        model,
                        new UserId(engineer),
                        Instant.parse("2025-02-02T08:00:00Z"),
                        LocalDate.parse("2025-02-02"),
                        FaultType.HARDWARE,
                        category,
                        List.of(),
                        LocalDate.parse("2025-05-02"),
                        1),
                engineer,
                "ENGINEER");
    }

    void publish(RepairOrderId order, long sequence, Object event, String user, String role) {
        transaction.executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>(
                "RepairOrder",
                order.value(),
                sequence,
                event,
                Map.of(
                        "userId",
                        user,
                        "role",
                        role,
                        "correlationId",
                        UUID.randomUUID().toString()))));
    }
}
