package com.aftersales.app.review;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import com.aftersales.api.complaint.ComplaintChannel;
import com.aftersales.api.complaint.ComplaintConcern;
import com.aftersales.api.complaint.ComplaintId;
import com.aftersales.api.complaint.ComplaintRegisteredEvent;
import com.aftersales.api.ticket.CustomerRequest;
import com.aftersales.api.ticket.FaultReport;
import com.aftersales.api.ticket.IntakeChannel;
import com.aftersales.api.ticket.ProductKind;
import com.aftersales.api.ticket.ProductUnit;
import com.aftersales.api.ticket.ProofOfPurchase;
import com.aftersales.api.ticket.ServiceTicketRegisteredEvent;
import com.aftersales.api.ticket.SlaTerms;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events of tickets, repairs, reviews, complaints, penalties and review disputes as their aggregates
 * record them, appended straight to the event store with the actor's metadata and an event id the
 * test knows (a review fact names its event). Each aggregate's sequence is counted here.
 */
final class ReviewEvents {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final EventStore eventStore;
    private final TransactionTemplate transaction;
    private final Map<String, Long> sequences = new HashMap<>();

    ReviewEvents(EventStore eventStore, TransactionTemplate transaction) {
        this.eventStore = eventStore;
        this.transaction = transaction;
    }

    /** A month of its own in the far future, between {@code fromYear} and {@code fromYear + span}. */
    static YearMonth ownMonth(int fromYear, int span) {
        return YearMonth.of(
                fromYear + ThreadLocalRandom.current().nextInt(span),
                1 + ThreadLocalRandom.current().nextInt(12));
    }

    static Map<String, String> by(String userId, String role) {
        return Map.of(ActorMetadata.USER_ID, userId, ActorMetadata.ROLE, role);
    }

    /** {@code hour} o'clock of {@code day} of {@code month} in the company zone. */
    static Instant at(YearMonth month, int day, int hour) {
        return month.atDay(day).atTime(hour, 0).atZone(ZONE).toInstant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** Appends the next event of the aggregate; returns the event's id. */
    String given(String type, String aggregateId, Instant at, Map<String, String> metaData, Object payload) {
        String eventId = UUID.randomUUID().toString();
        long sequence = sequences.merge(type + ":" + aggregateId, 1L, Long::sum) - 1;
        GenericDomainEventMessage<Object> message =
                new GenericDomainEventMessage<>(type, aggregateId, sequence, payload, metaData, eventId, at);
        transaction.executeWithoutResult(status -> eventStore.publish(List.of(message)));
        return eventId;
    }

    /** The same event once more, as a redelivery or replay hands it to a projection. */
    static TrackedEventMessage<Object> again(
            String type, String aggregateId, long sequence, String eventId, Instant at, Object payload) {
        return new GenericTrackedDomainEventMessage<>(
                new GlobalSequenceTrackingToken(Long.MAX_VALUE - 1),
                new GenericDomainEventMessage<>(
                        type, aggregateId, sequence, payload, by("U-T-SUP", "SUPERVISOR"), eventId, at));
    }

    /** A registration with a plan clock when {@code plan}, and the contract's on-site and fix clocks when {@code contract}. */
    static ServiceTicketRegisteredEvent registered(TicketId id, Instant at, boolean plan, boolean contract) {
        return new ServiceTicketRegisteredEvent(
                id,
                "2399" + String.format("%02d", 1 + ThreadLocalRandom.current().nextInt(12)) + "-"
                        + id.value().substring(0, 8),
                CustomerId.random(),
                IntakeChannel.PHONE,
                new ProofOfPurchase("SO-REV", null),
                new ProductUnit(
                        "CNC-850",
                        "SN-REV-" + id.value().substring(0, 8),
                        ProductKind.HARDWARE,
                        LocalDate.of(2030, 1, 1)),
                new FaultReport("主轴异响", null, null),
                CustomerRequest.REPAIR,
                plan ? Urgency.NORMAL : Urgency.LOW,
                contract,
                at,
                at.plus(Duration.ofHours(4)),
                plan ? at.plus(Duration.ofHours(24)) : null,
                contract ? at.plus(Duration.ofHours(8)) : null,
                contract ? at.plus(Duration.ofHours(48)) : null,
                new SlaTerms(
                        1,
                        null,
                        null,
                        null,
                        Duration.ofHours(4),
                        contract ? Duration.ofHours(8) : null,
                        plan ? Duration.ofHours(24) : null,
                        contract ? Duration.ofHours(48) : null,
                        Duration.ofHours(4),
                        false,
                        null));
    }

    static ComplaintRegisteredEvent complaintAbout(
            ComplaintId complaint, Instant at, String engineer, TicketId ticket) {
        LocalDate due = LocalDate.ofInstant(at, ZONE).plusDays(2);
        return new ComplaintRegisteredEvent(
                complaint,
                ComplaintChannel.PHONE,
                CustomerId.random(),
                new ComplaintConcern(ticket, null, new UserId(engineer), null, "CNC-850"),
                null,
                "工程师态度差",
                at,
                null,
                due,
                due.plusDays(1).atStartOfDay(ZONE).toInstant(),
                2,
                1,
                1,
                new UserId("U-T-CLERK"));
    }
}
