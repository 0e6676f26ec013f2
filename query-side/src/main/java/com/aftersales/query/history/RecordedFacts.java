package com.aftersales.query.history;

import com.aftersales.api.history.HistoryEntryView;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * P2, X5, S3: the recorded facts an evidence reference names, read from the event store rather than
 * a read model, so an auditor sees exactly what was recorded, by whom, in which role and when, even
 * while a projection is rebuilt.
 */
public final class RecordedFacts {
    private final JdbcTemplate jdbc;
    private final EventStore eventStore;
    private final Serializer serializer;

    public RecordedFacts(JdbcTemplate jdbc, EventStore eventStore, Serializer serializer) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.serializer = serializer;
    }

    /** Every event of an aggregate, oldest first. */
    public List<HistoryEntryView> ofAggregate(String aggregateId) {
        return eventStore
                .readEvents(aggregateId, 0)
                .asStream()
                .map(event -> AggregateHistoryQueries.entryOf(event, serializer))
                .toList();
    }

    /** One event by its identifier: where it is in its aggregate's stream, then that event. */
    public List<HistoryEntryView> ofEvent(String eventId) {
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
