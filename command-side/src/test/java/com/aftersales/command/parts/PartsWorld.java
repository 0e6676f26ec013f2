package com.aftersales.command.parts;

import com.aftersales.api.parts.PartStockId;
import com.aftersales.api.parts.PartsRequisitionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

/**
 * Both parts aggregates and {@link PartsIssuance} on an in-memory event store, as the application
 * wires them: given events of each aggregate, when a command is sent with its actor, then the events
 * it appended (all of them, across aggregates, in order) or its refusal.
 */
final class PartsWorld implements AutoCloseable {
    private final Configuration axon;
    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private long mark;

    PartsWorld() {
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> storage)
                .configureAggregate(PartStock.class)
                .configureAggregate(PartsRequisition.class)
                .registerComponent(PartsDates.class, c -> PartsSamples.DATES)
                .registerCommandHandler(
                        c -> new PartsIssuance(c.repository(PartsRequisition.class), c.repository(PartStock.class)))
                .buildConfiguration();
        axon.start();
    }

    PartsWorld givenStock(PartStockId part, Object... events) {
        return given("PartStock", part.toString(), events);
    }

    PartsWorld givenRequisition(PartsRequisitionId requisition, Object... events) {
        return given("PartsRequisition", requisition.value(), events);
    }

    private PartsWorld given(String type, String aggregate, Object... events) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        long sequence = axon.eventStore()
                .lastSequenceNumberFor(aggregate)
                .map(last -> last + 1)
                .orElse(0L);
        for (Object event : events) {
            messages.add(new GenericDomainEventMessage<>(type, aggregate, sequence++, event));
        }
        axon.eventStore().publish(messages);
        mark = count();
        return this;
    }

    /** Sends {@code command} as {@code actor} and answers the events it appended, in order. */
    List<Object> when(Object command, Map<String, ?> actor) {
        mark = count();
        CommandGateway gateway = axon.commandGateway();
        gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(actor));
        return newEvents();
    }

    List<Object> newEvents() {
        return storage.readEvents(null, false)
                .skip(mark)
                .map(EventMessage::getPayload)
                .map(Object.class::cast)
                .toList();
    }

    private long count() {
        return storage.readEvents(null, false).count();
    }

    @Override
    public void close() {
        axon.shutdown();
    }
}
