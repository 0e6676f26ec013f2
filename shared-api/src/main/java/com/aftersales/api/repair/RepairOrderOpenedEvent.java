package com.aftersales.api.repair;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.Urgency;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * R1: a faulty unit was received and inspected, and a repair order (维修服务单) opened for it with
 * its repair engineer. {@code ticketId} is the service ticket it came from (null if none); the
 * customer's details stay in the customer store. {@code model} is the serial registry's. The
 * diagnosis is due at {@code diagnosisDueAt} (R3: hours of {@code policyVersion} after receipt).
 */
@Revision("1")
public record RepairOrderOpenedEvent(
        RepairOrderId repairOrderId,
        TicketId ticketId,
        CustomerId customerId,
        String serialNumber,
        String model,
        Urgency urgency,
        Instant receivedAt,
        IntakeInspection inspection,
        List<AttachmentRef> attachments,
        UserId engineerId,
        Instant diagnosisDueAt,
        int policyVersion) {

    public RepairOrderOpenedEvent {
        attachments = List.copyOf(attachments);
    }
}
