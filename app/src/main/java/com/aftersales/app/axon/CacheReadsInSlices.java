package com.aftersales.app.axon;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * The storage engine as the event store's shared cache reads it: in slices of at most {@link
 * #SLICE} events. The cache's reader (the only caller that may block) reads until the store has
 * nothing new, holding the first node of that read on its stack, so every event it reads stays
 * reachable until it stops: under the workload's four writers it never stopped, and the heap filled
 * with the cache's events (docs/performance.md). A slice ends each read; the reader starts the next
 * one at once, from the last event it read. Processors' own streams are read as they are.
 */
final class CacheReadsInSlices implements EventStorageEngine {
    static final int SLICE = 1_000;

    private final EventStorageEngine engine;

    CacheReadsInSlices(EventStorageEngine engine) {
        this.engine = engine;
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(trackingToken, mayBlock);
        return mayBlock ? events.limit(SLICE) : events;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        engine.appendEvents(events);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        engine.storeSnapshot(snapshot);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return engine.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return engine.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return engine.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return engine.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return engine.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return engine.createTokenAt(dateTime);
    }
}
