package com.aftersales.query.penalty;

import com.aftersales.api.history.HistoryEntryView;
import com.aftersales.api.penalty.EvidenceFactsView;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.api.penalty.FindPenaltyEvidenceQuery;
import com.aftersales.api.penalty.PenaltyEvidenceView;
import com.aftersales.api.penalty.PenaltyProposedEvent;
import com.aftersales.query.history.AggregateHistoryQueries;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * P2: walks from a penalty to the facts behind its evidence. Everything is read from the event
 * store, not from a read model, so the chain shows exactly what was recorded, by whom and when,
 * even while a projection is being rebuilt.
 */
public class PenaltyEvidenceQueries {
    private final JdbcTemplate jdbc;
    private final EventStore eventStore;
    private final Serializer serializer;

    public PenaltyEvidenceQueries(JdbcTemplate jdbc, EventStore eventStore, Serializer serializer) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.serializer = serializer;
    }

    @QueryHandler
    public PenaltyEvidenceView handle(FindPenaltyEvidenceQuery query) {
        Optional<PenaltyProposedEvent> proposal = eventStore
                .readEvents(query.penaltyId().value())
                .asStream()
                .map(DomainEventMessage::getPayload)
                .filter(PenaltyProposedEvent.class::isInstance)
                .map(PenaltyProposedEvent.class::cast)
                .findFirst();
        return proposal.map(proposed -> new PenaltyEvidenceView(
                        query.penaltyId(),
                        proposed.evidence().stream().map(this::factsOf).toList()))
                .orElse(null);
    }

    private EvidenceFactsView factsOf(EvidenceRef ref) {
        List<HistoryEntryView> facts = switch (ref.kind()) {
            case COMPLAINT, TICKET, REPAIR_ORDER, QUALITY_REVIEW, EXPENSE_AUDIT, PHONE_DUTY_FAILURE ->
                aggregateFacts(ref.id());
            case CALLBACK, EVENT -> eventFacts(ref.id());
            default -> List.of();
        };
        return new EvidenceFactsView(ref, !facts.isEmpty(), facts);
    }

    private List<HistoryEntryView> aggregateFacts(String aggregateId) {
        return eventStore
                .readEvents(aggregateId)
                .asStream()
                .map(event -> AggregateHistoryQueries.entryOf(event, serializer))
                .toList();
    }

    /** One event by its identifier: where it is in its aggregate's stream, then that event. */
    private List<HistoryEntryView> eventFacts(String eventId) {
        List<Object[]> places = jdbc.query(
                "select aggregate_identifier, sequence_number from domain_event_entry where event_identifier = ?",
                (rs, i) -> new Object[] {rs.getString(1), rs.getLong(2)},
                eventId);
        if (places.isEmpty()) {
            return List.of();
        }
        String aggregateId = (String) places.get(0)[0];
        long sequence = (Long) places.get(0)[1];
        return eventStore
                .readEvents(aggregateId, sequence)
                .asStream()
                .filter(event -> event.getSequenceNumber() == sequence)
                .map(event -> AggregateHistoryQueries.entryOf(event, serializer))
                .toList();
    }
}
