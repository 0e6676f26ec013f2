package com.aftersales.query.penalty;

import com.aftersales.api.history.HistoryEntryView;
import com.aftersales.api.penalty.EvidenceFactsView;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.api.penalty.FindPenaltyEvidenceQuery;
import com.aftersales.api.penalty.PenaltyEvidenceView;
import com.aftersales.api.penalty.PenaltyProposedEvent;
import com.aftersales.query.history.RecordedFacts;
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
    private final EventStore eventStore;
    private final RecordedFacts facts;

    public PenaltyEvidenceQueries(JdbcTemplate jdbc, EventStore eventStore, Serializer serializer) {
        this.eventStore = eventStore;
        this.facts = new RecordedFacts(jdbc, eventStore, serializer);
    }

    @QueryHandler
    public PenaltyEvidenceView handle(FindPenaltyEvidenceQuery query) {
        Optional<PenaltyProposedEvent> proposal = eventStore
                .readEvents(query.penaltyId().value(), 0)
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
        List<HistoryEntryView> found = switch (ref.kind()) {
            case COMPLAINT, TICKET, REPAIR_ORDER, QUALITY_REVIEW, EXPENSE_AUDIT, PHONE_DUTY_FAILURE ->
                facts.ofAggregate(ref.id());
            case CALLBACK, EVENT -> facts.ofEvent(ref.id());
            default -> List.of();
        };
        return new EvidenceFactsView(ref, !found.isEmpty(), found);
    }
}
