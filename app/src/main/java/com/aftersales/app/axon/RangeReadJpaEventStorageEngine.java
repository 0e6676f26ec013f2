package com.aftersales.app.axon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;

/**
 * Axon's JPA storage engine, reading a processor's next batch as two index range reads instead
 * of one. Axon asks for {@code globalIndex > :token OR globalIndex IN :gaps ORDER BY globalIndex}
 * limited to a batch: the OR leaves PostgreSQL no range to start from, and its generic plan walks
 * the primary key from the first event (31.8 ms at 82,758 events, against 0.19 ms for the two
 * ranges; ADR 0012), so every read of a processor that had seen a gap grew with the store. Here:
 * the first batch of events after the token, and the gaps' events, merged in index order and cut
 * to the batch — the same events Axon's query returns.
 */
final class RangeReadJpaEventStorageEngine extends JpaEventStorageEngine {
    private static final String FIELDS = "SELECT e.globalIndex, e.type, e.aggregateIdentifier, e.sequenceNumber,"
            + " e.eventIdentifier, e.timeStamp, e.payloadType, e.payloadRevision, e.payload, e.metaData FROM ";

    RangeReadJpaEventStorageEngine(Builder builder) {
        super(builder);
    }

    @Override
    protected List<Object[]> fetchEvents(GapAwareTrackingToken token) {
        if (token == null || token.getGaps().isEmpty()) {
            return super.fetchEvents(token);
        }
        List<Object[]> events = new ArrayList<>(entityManager()
                .createQuery(
                        FIELDS + domainEventEntryEntityName() + " e WHERE e.globalIndex > :token"
                                + " ORDER BY e.globalIndex ASC",
                        Object[].class)
                .setParameter("token", token.getIndex())
                .setMaxResults(batchSize())
                .getResultList());
        events.addAll(entityManager()
                .createQuery(FIELDS + domainEventEntryEntityName() + " e WHERE e.globalIndex IN :gaps", Object[].class)
                .setParameter("gaps", token.getGaps())
                .getResultList());
        events.sort(Comparator.comparingLong(event -> (Long) event[0]));
        return events.size() > batchSize() ? events.subList(0, batchSize()) : events;
    }
}
