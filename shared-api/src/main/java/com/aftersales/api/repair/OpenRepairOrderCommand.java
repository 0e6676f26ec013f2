package com.aftersales.api.repair;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.Urgency;
import java.time.Instant;
import java.util.List;

/**
 * R1: open a repair order for a received unit: the service ticket it came from (nullable), the
 * customer, the registered serial number (R2), urgency, when it was received, the intake
 * inspection, the SHA-256 of each uploaded photo or document (at most 10) and the repair engineer.
 */
public record OpenRepairOrderCommand(
        RepairOrderId repairOrderId,
        TicketId ticketId,
        CustomerId customerId,
        String serialNumber,
        Urgency urgency,
        Instant receivedAt,
        IntakeInspection inspection,
        List<String> attachments,
        UserId engineerId) {

    public OpenRepairOrderCommand {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
