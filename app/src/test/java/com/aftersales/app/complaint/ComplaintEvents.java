package com.aftersales.app.complaint;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import com.aftersales.api.complaint.ComplaintCategory;
import com.aftersales.api.complaint.ComplaintChannel;
import com.aftersales.api.complaint.ComplaintConcern;
import com.aftersales.api.complaint.ComplaintId;
import com.aftersales.api.complaint.ComplaintRegisteredEvent;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.app.support.TestUsers;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The complaint's events as its aggregate records them, appended straight to the event store with
 * the actor's metadata, one second apart from {@code at}: the read side's tests give these and
 * read what the projection made of them.
 */
final class ComplaintEvents {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String TYPE = "Complaint";

    private final EventStore eventStore;
    private final TransactionTemplate transaction;

    ComplaintEvents(EventStore eventStore, TransactionTemplate transaction) {
        this.eventStore = eventStore;
        this.transaction = transaction;
    }

    static Map<String, String> by(String userId, String role) {
        return Map.of(ActorMetadata.USER_ID, userId, ActorMetadata.ROLE, role);
    }

    /** Events {@code first}, {@code first + 1}, ... of {@code complaint}, at {@code at} plus their sequence in seconds. */
    void given(ComplaintId complaint, long first, Instant at, Map<String, String> metaData, Object... events) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            messages.add(new GenericDomainEventMessage<>(
                    TYPE,
                    complaint.value(),
                    first + i,
                    events[i],
                    metaData,
                    UUID.randomUUID().toString(),
                    at.plusSeconds(first + i)));
        }
        transaction.executeWithoutResult(status -> eventStore.publish(messages));
    }

    /** A clerk's registration of {@code complaint} at {@code at}, about {@code engineer} and a unit of {@code model}. */
    void givenRegistered(ComplaintId complaint, Instant at, String engineer, String model) {
        given(
                complaint,
                0,
                at,
                by(TestUsers.CLERK_ID, "CLERK"),
                registered(complaint, at, engineer, null, model, null, "…"));
    }

    /**
     * A registration by a clerk at {@code registeredAt}, due two days later at the end of the day in
     * the company zone, about {@code engineer} (may be null) and a unit of {@code model}.
     */
    static ComplaintRegisteredEvent registered(
            ComplaintId complaint,
            Instant registeredAt,
            String engineer,
            String serial,
            String model,
            ComplaintCategory category,
            String content) {
        LocalDate due = LocalDate.ofInstant(registeredAt, ZONE).plusDays(2);
        return new ComplaintRegisteredEvent(
                complaint,
                ComplaintChannel.PHONE,
                CustomerId.random(),
                new ComplaintConcern(
                        TicketId.random(),
                        RepairOrderId.random(),
                        engineer == null ? null : new UserId(engineer),
                        serial,
                        model),
                category,
                content,
                registeredAt,
                null,
                due,
                due.plusDays(1).atStartOfDay(ZONE).toInstant(),
                2,
                1,
                1,
                new UserId("U-T-CLERK"));
    }

    /** A moment in the middle of {@code day} in the company zone. */
    static Instant noonOf(LocalDate day) {
        return day.atTime(12, 0).atZone(ZONE).toInstant().truncatedTo(ChronoUnit.SECONDS);
    }
}
