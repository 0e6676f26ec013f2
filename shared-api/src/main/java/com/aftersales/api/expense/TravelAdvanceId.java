package com.aftersales.api.expense;

import java.util.Objects;
import java.util.UUID;

/** Identity of a travel advance request (售后服务请款, X9), a UUID. */
public record TravelAdvanceId(String value) {
    public TravelAdvanceId {
        Objects.requireNonNull(value, "TravelAdvanceId");
        UUID.fromString(value);
    }

    public static TravelAdvanceId random() {
        return new TravelAdvanceId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
