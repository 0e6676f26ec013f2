package com.aftersales.query.history;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.history.FindAggregateHistoryQuery;
import com.aftersales.api.history.HistoryEntryView;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Serializer;

/**
 * The event store is the record; the history is read from it directly, so it can never disagree
 * with what happened (no projection in between).
 */
public class AggregateHistoryQueries {
    private final EventStore eventStore;
    private final Serializer serializer;

    public AggregateHistoryQueries(EventStore eventStore, Serializer serializer) {
        this.eventStore = eventStore;
        this.serializer = serializer;
    }

    @QueryHandler
    public List<HistoryEntryView> handle(FindAggregateHistoryQuery query) {
        return eventStore
                .readEvents(query.aggregateId(), 0)
                .asStream()
                .map(event -> entryOf(event, serializer))
                .toList();
    }

    /** One recorded event as history: type, time, who in which role, and the payload as stored. */
    public static HistoryEntryView entryOf(DomainEventMessage<?> event, Serializer serializer) {
        return new HistoryEntryView(
                event.getSequenceNumber(),
                event.getPayloadType().getSimpleName(),
                event.getTimestamp(),
                (String) event.getMetaData().get(ActorMetadata.USER_ID),
                (String) event.getMetaData().get(ActorMetadata.ROLE),
                (String) event.getMetaData().get(ActorMetadata.CORRELATION_ID),
                serializer.serialize(event.getPayload(), String.class).getData());
    }
}
