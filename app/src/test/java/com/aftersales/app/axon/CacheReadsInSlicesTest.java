package com.aftersales.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

/**
 * The event store's shared cache reads the store a slice at a time, so its reader never holds more
 * than a slice of events at once; processors' own streams and aggregates read everything.
 */
class CacheReadsInSlicesTest {
    private static final int EVENTS = CacheReadsInSlices.SLICE + 500;

    private final InMemoryEventStorageEngine store = new InMemoryEventStorageEngine();
    private final CacheReadsInSlices engine = new CacheReadsInSlices(store);

    CacheReadsInSlicesTest() {
        store.appendEvents(IntStream.range(0, EVENTS)
                .mapToObj(i -> new GenericDomainEventMessage<>("Ticket", "T-1", i, "event " + i))
                .toList());
    }

    @Test
    void theCachesReaderGetsASliceAndThenTheRestFromWhereItStopped() {
        List<? extends TrackedEventMessage<?>> first =
                engine.readEvents(null, true).toList();
        assertThat(first).hasSize(CacheReadsInSlices.SLICE);

        List<? extends TrackedEventMessage<?>> rest = engine.readEvents(
                        first.get(first.size() - 1).trackingToken(), true)
                .toList();
        assertThat(rest).hasSize(EVENTS - CacheReadsInSlices.SLICE);
        assertThat(rest.get(0).getPayload()).isEqualTo("event " + CacheReadsInSlices.SLICE);
    }

    @Test
    void aProcessorsOwnStreamAndAnAggregateReadEverything() {
        assertThat(engine.readEvents(null, false).count()).isEqualTo(EVENTS);
        assertThat(engine.readEvents("T-1", 0).asStream().count()).isEqualTo(EVENTS);
        assertThat(engine.lastSequenceNumberFor("T-1")).contains((long) EVENTS - 1);
    }
}
