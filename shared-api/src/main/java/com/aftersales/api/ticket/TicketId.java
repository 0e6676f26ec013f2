package com.aftersales.api.ticket;

import java.util.Objects;
import java.util.UUID;

/** Identity of a service ticket aggregate (a UUID); the human-facing number is {@code YYYYMM-NNN}. */
public record TicketId(String value) {
    public TicketId {
        Objects.requireNonNull(value, "ticket id");
        UUID.fromString(value);
    }

    public static TicketId random() {
        return new TicketId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
