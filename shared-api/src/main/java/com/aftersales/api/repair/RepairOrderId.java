package com.aftersales.api.repair;

import java.util.Objects;
import java.util.UUID;

/** Identity of a repair order (维修服务单) aggregate (a UUID). */
public record RepairOrderId(String value) {
    public RepairOrderId {
        Objects.requireNonNull(value, "RepairOrderId");
        UUID.fromString(value);
    }

    public static RepairOrderId random() {
        return new RepairOrderId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
