package com.aftersales.app.complaint;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.complaint.CallbackRef;
import com.aftersales.api.complaint.ComplaintChannel;
import com.aftersales.api.complaint.ComplaintId;
import com.aftersales.api.complaint.RegisterComplaintCommand;
import com.aftersales.api.ticket.CallbackRecordedEvent;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.app.security.ActingUser;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;

/**
 * T11 → C1: a callback that revealed a complaint opens that complaint, as the system, registered at
 * the callback's time (so its feedback deadline counts from when the customer spoke) and naming the
 * callback. What it concerns comes from the ticket's own events: its customer and unit, its last
 * assigned engineer and its last linked repair order.
 *
 * <p>A tracking processor of its own (application.yml): its token moves only when the command went
 * through (a failure propagates and is retried, {@link ComplaintReactorConfiguration}), so a crash
 * loses no complaint; and a redelivered callback is harmless, because the complaint's id is derived
 * from the callback and registering a complaint that exists changes nothing.
 */
@ProcessingGroup(ComplaintsFromCallbacks.PROCESSING_GROUP)
public class ComplaintsFromCallbacks {
    public static final String PROCESSING_GROUP = "complaint-from-callback";

    private final CommandGateway commands;
    private final EventStore eventStore;

    ComplaintsFromCallbacks(CommandGateway commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @EventHandler
    void on(
            CallbackRecordedEvent callback,
            @SequenceNumber long sequenceNumber,
            @MessageIdentifier String eventId,
            @Timestamp Instant recordedAt,
            @MetaDataValue(ActorMetadata.CORRELATION_ID) String correlationId) {
        if (!callback.complaintRaised()) {
            return;
        }
        RegisterComplaintCommand command = commandFor(callback, sequenceNumber, eventId, recordedAt);
        ActingUser.runAs(ActingUser.system(correlationId), () -> commands.sendAndWait(command));
    }

    /**
     * The registration the last complaint-raising callback of {@code ticketId} calls for, as this
     * reactor sends it; for the demo data, which records a callback and goes on with its complaint
     * in one transaction, before this processor sees the callback.
     */
    public Optional<RegisterComplaintCommand> registrationOfLastCallback(TicketId ticketId) {
        DomainEventMessage<?> last = null;
        for (DomainEventMessage<?> event :
                eventStore.readEvents(ticketId.value(), 0).asStream().toList()) {
            if (event.getPayload() instanceof CallbackRecordedEvent callback && callback.complaintRaised()) {
                last = event;
            }
        }
        if (last == null) {
            return Optional.empty();
        }
        return Optional.of(commandFor(
                (CallbackRecordedEvent) last.getPayload(),
                last.getSequenceNumber(),
                last.getIdentifier(),
                last.getTimestamp()));
    }

    RegisterComplaintCommand commandFor(
            CallbackRecordedEvent callback, long sequenceNumber, String eventId, Instant recordedAt) {
        TicketFacts ticket =
                TicketFacts.of(eventStore.readEvents(callback.ticketId().value(), 0));
        return new RegisterComplaintCommand(
                ComplaintId.ofCallback(callback.ticketId(), sequenceNumber),
                ComplaintChannel.CALLBACK,
                ticket.customerId(),
                ticket.concern(callback.ticketId()),
                null,
                callback.complaintSummary(),
                recordedAt,
                new CallbackRef(callback.ticketId(), sequenceNumber, eventId));
    }
}
