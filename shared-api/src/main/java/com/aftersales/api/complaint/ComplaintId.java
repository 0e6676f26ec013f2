package com.aftersales.api.complaint;

import com.aftersales.api.ticket.TicketId;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a complaint (客户投诉处理单), a UUID. A complaint a callback revealed (T11 → C1) has an
 * id derived from that callback, so registering it again after a redelivered callback names the same
 * complaint.
 */
public record ComplaintId(String value) {
    public ComplaintId {
        Objects.requireNonNull(value, "ComplaintId");
        UUID.fromString(value);
    }

    public static ComplaintId random() {
        return new ComplaintId(UUID.randomUUID().toString());
    }

    /** T11 → C1: the complaint revealed by the callback recorded as event {@code sequenceNumber} of the ticket. */
    public static ComplaintId ofCallback(TicketId ticketId, long sequenceNumber) {
        return new ComplaintId(UUID.nameUUIDFromBytes(
                        ("callback:" + ticketId.value() + ":" + sequenceNumber).getBytes(StandardCharsets.UTF_8))
                .toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
