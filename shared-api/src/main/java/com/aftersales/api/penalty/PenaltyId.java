package com.aftersales.api.penalty;

import java.util.Objects;
import java.util.UUID;

/** Identity of a penalty (处罚) aggregate (a UUID). */
public record PenaltyId(String value) {
    public PenaltyId {
        Objects.requireNonNull(value, "PenaltyId");
        UUID.fromString(value);
    }

    public static PenaltyId random() {
        return new PenaltyId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
