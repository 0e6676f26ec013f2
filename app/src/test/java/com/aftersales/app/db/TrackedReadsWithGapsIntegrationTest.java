package com.aftersales.app.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.ticket.Urgency;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.Registrations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A processor whose position has a gap (an event still being committed when it read past it) gets
 * that event once it is there, and then the events after its position, in index order: the read
 * of ADR 0012, split into two range reads, returns what Axon's single query returned.
 */
class TrackedReadsWithGapsIntegrationTest extends IntegrationTest {
    @Autowired
    CommandGateway commands;

    @Autowired
    EventStorageEngine storageEngine;

    @Test
    void theGapsEventComesFirstThenTheEventsAfterThePositionInIndexOrder() {
        List<String> tickets = new ArrayList<>();
        List<Long> indexes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String ticket = Registrations.register(commands, Urgency.LOW, Instant.now())
                    .ticketId()
                    .value();
            tickets.add(ticket);
            indexes.add(jdbc.queryForObject(
                    "select max(global_index) from domain_event_entry where aggregate_identifier = ?",
                    Long.class,
                    ticket));
        }
        // seen up to the third ticket's registration, all but the first ticket's
        GapAwareTrackingToken position = GapAwareTrackingToken.newInstance(indexes.get(2), Set.of(indexes.get(0)));

        List<String> read = storageEngine
                .readEvents(position, false)
                .map(event -> ((DomainEventMessage<?>) event).getAggregateIdentifier())
                .filter(tickets::contains)
                .toList();

        assertThat(read)
                .as("the gap's event, then those after the position; none seen before")
                .containsExactly(tickets.get(0), tickets.get(3));
    }
}
