package com.aftersales.query.lineage;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.lineage.FindSerialLineageQuery;
import com.aftersales.api.lineage.LineageStepView;
import com.aftersales.api.lineage.SerialLineageView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A serial's lineage (S4, R12, R13, P2): the events of its member aggregates, read from the event
 * store (upcast like any other read) and put in the order the store recorded them (global index),
 * each with the unit's state after it.
 */
public class SerialLineageQueries {
    private final JdbcTemplate jdbc;
    private final EventStore eventStore;
    private final Serializer serializer;

    public SerialLineageQueries(JdbcTemplate jdbc, EventStore eventStore, Serializer serializer) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.serializer = serializer;
    }

    @QueryHandler
    public SerialLineageView handle(FindSerialLineageQuery query) {
        Map<String, String> members = new HashMap<>();
        jdbc.query(
                "select aggregate_id, aggregate_type from serial_lineage_member where serial_number = ?",
                rs -> {
                    members.put(rs.getString(1), rs.getString(2));
                },
                query.serialNumber());
        if (members.isEmpty()) {
            return new SerialLineageView(query.serialNumber(), List.of());
        }
        Map<String, Long> globalIndex = globalIndexOf(members.keySet().toArray(String[]::new));
        List<DomainEventMessage<?>> events = new ArrayList<>();
        members.keySet().forEach(id -> eventStore.readEvents(id, 0).asStream().forEach(events::add));
        events.sort(Comparator.comparingLong((DomainEventMessage<?> e) -> globalIndex.getOrDefault(
                        key(e.getAggregateIdentifier(), e.getSequenceNumber()), Long.MAX_VALUE))
                .thenComparing(DomainEventMessage::getTimestamp));
        UnitStateFold state = new UnitStateFold();
        List<LineageStepView> steps = new ArrayList<>(events.size());
        for (DomainEventMessage<?> event : events) {
            state.apply(event.getPayload());
            steps.add(new LineageStepView(
                    steps.size() + 1,
                    event.getType(),
                    event.getAggregateIdentifier(),
                    event.getSequenceNumber(),
                    event.getPayloadType().getSimpleName(),
                    event.getTimestamp(),
                    (String) event.getMetaData().get(ActorMetadata.USER_ID),
                    (String) event.getMetaData().get(ActorMetadata.ROLE),
                    serializer.serialize(event.getPayload(), String.class).getData(),
                    state.snapshot()));
        }
        return new SerialLineageView(query.serialNumber(), steps);
    }

    private Map<String, Long> globalIndexOf(String[] aggregateIds) {
        Map<String, Long> index = new HashMap<>();
        jdbc.query(
                "select aggregate_identifier, sequence_number, global_index from domain_event_entry"
                        + " where aggregate_identifier = any(?)",
                rs -> {
                    index.put(key(rs.getString(1), rs.getLong(2)), rs.getLong(3));
                },
                (Object) aggregateIds);
        return index;
    }

    private static String key(String aggregateId, long sequenceNumber) {
        return aggregateId + "#" + sequenceNumber;
    }
}
