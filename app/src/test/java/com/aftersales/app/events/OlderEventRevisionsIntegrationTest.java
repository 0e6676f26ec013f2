package com.aftersales.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.ticket.LoanerBecameDueEvent;
import com.aftersales.api.ticket.LoanerClockStart;
import com.aftersales.api.ticket.LoanerProvidedEvent;
import com.aftersales.api.ticket.ProvideLoanerCommand;
import com.aftersales.api.ticket.ServiceTicketRegisteredEvent;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.app.security.ActingUser;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Events stored before their current revision, as they lie in PostgreSQL, read through the
 * application's own event store: proof that Axon's Spring Boot configuration put the upcaster
 * beans into the chain, and that the aggregate decides on the upcast history.
 */
class OlderEventRevisionsIntegrationTest extends IntegrationTest {
    private static final Instant REGISTERED = Instant.parse("2034-01-10T01:00:00Z");

    @Autowired
    EventStore eventStore;

    @Autowired
    CommandGateway commands;

    /** The serializer the deadline manager stores its payloads with. */
    @Autowired
    Serializer serializer;

    @Test
    void aTicketStoredAtRevisionOneIsReadAtRevisionTwoAndServedOnIt_T10() {
        TicketId id = TicketId.random();
        store(id, 0, "ServiceTicketRegisteredEvent", "1", """
                {"ticketId": "%s", "ticketNumber": "203401-%s", "customerId": "7d4e4b56-1c1f-4d3e-9f55-0a4a7b0e2c11",
                 "channel": "PHONE", "proofOfPurchase": {"orderNumber": "SO-1", "invoiceNumber": null},
                 "product": {"model": "CNC-850", "serialNumber": "SN-OLD-%s", "kind": "HARDWARE",
                             "purchaseDate": "2033-05-01"},
                 "fault": {"description": "漏油 oil leak", "occurredOn": null, "usageContext": null},
                 "request": "REPAIR", "urgency": "URGENT", "underServiceContract": true,
                 "registeredAt": "2034-01-10T01:00:00Z", "responseDueAt": "2034-01-10T03:00:00Z",
                 "planDueAt": "2034-01-10T05:00:00Z"}""".formatted(id, prefix(id), prefix(id)));
        store(id, 1, "ServiceTicketRoutedEvent", "1", """
                {"ticketId": "%s", "department": "TECHNICAL_SERVICE", "previousDepartment": null, "reason": null}""".formatted(id));
        store(id, 2, "EngineerAssignedEvent", "1", """
                {"ticketId": "%s", "engineerId": "%s", "previousEngineerId": null, "mode": "ON_SITE",
                 "appointmentAt": "2034-01-10T02:00:00Z", "contractDeadline": null, "taskSheetNote": null}""".formatted(id, TestUsers.ENGINEER_ID));
        store(id, 3, "EngineerArrivedEvent", "1", """
                {"ticketId": "%s", "engineerId": "%s", "arrivedAt": "2034-01-10T01:50:00Z",
                 "appointmentAt": "2034-01-10T02:00:00Z", "onTime": true}""".formatted(id, TestUsers.ENGINEER_ID));
        store(id, 4, "LoanerBecameDueEvent", "1", """
                {"ticketId": "%s", "arrivedAt": "2034-01-10T01:50:00Z", "dueAt": "2034-01-10T05:50:00Z"}""".formatted(id));

        List<?> read = eventStore
                .readEvents(id.value())
                .asStream()
                .map(Message::getPayload)
                .toList();

        assertThat(((ServiceTicketRegisteredEvent) read.get(0)).product().unitClass())
                .isEqualTo("CNC-850");
        assertThat(read.get(4))
                .isEqualTo(new LoanerBecameDueEvent(
                        id,
                        Instant.parse("2034-01-10T01:50:00Z"),
                        LoanerClockStart.ARRIVAL,
                        Instant.parse("2034-01-10T05:50:00Z")));

        // The aggregate, loaded from the upcast history, knows the loaner is due and its class.
        ActingUser.runAs(
                new ActingUser(TestUsers.CLERK_ID, "CLERK", "test", "127.0.0.1"),
                () -> commands.sendAndWait(new ProvideLoanerCommand(id, "SN-LOAN-0042", "CNC-850", 4L)));
        assertThat(eventStore
                        .readEvents(id.value())
                        .asStream()
                        .map(Message::getPayload)
                        .toList())
                .last()
                .isEqualTo(new LoanerProvidedEvent(id, "SN-LOAN-0042", "CNC-850"));
    }

    @Test
    void aLoanerDeadlineStoredBeforeTheClockCouldStartAtAReceiptStillReadsItsDueTime_T10() {
        // db-scheduler keeps loaner deadlines scheduled by the earlier build, payload {arrivedAt, dueAt}
        Object payload = serializer.deserialize(new SimpleSerializedObject<>(
                "{\"arrivedAt\":\"2034-01-10T01:50:00Z\",\"dueAt\":\"2034-01-10T05:50:00Z\"}"
                        .getBytes(StandardCharsets.UTF_8),
                byte[].class,
                "com.aftersales.command.ticket.LoanerDeadline",
                null));

        assertThat(payload).hasFieldOrPropertyWithValue("dueAt", Instant.parse("2034-01-10T05:50:00Z"));
    }

    private void store(TicketId id, long sequence, String type, String revision, String json) {
        jdbc.update(
                "insert into domain_event_entry(global_index, event_identifier, meta_data, payload, payload_revision,"
                        + " payload_type, time_stamp, aggregate_identifier, sequence_number, type)"
                        + " values (nextval('domain_event_entry_seq'), ?, ?, ?, ?, ?, ?, ?, ?, 'ServiceTicket')",
                UUID.randomUUID().toString(),
                "{\"userId\":\"U-OLD\",\"role\":\"CLERK\"}".getBytes(StandardCharsets.UTF_8),
                json.getBytes(StandardCharsets.UTF_8),
                revision,
                "com.aftersales.api.ticket." + type,
                REGISTERED.plusSeconds(60 * sequence).toString(),
                id.value(),
                sequence);
    }

    private static String prefix(TicketId id) {
        return id.value().substring(0, 4);
    }
}
