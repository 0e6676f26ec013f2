package com.aftersales.api.parts;

import java.util.Objects;
import java.util.UUID;

/** Identity of a parts requisition slip (领用单, R11): a UUID. */
public record PartsRequisitionId(String value) {
    public PartsRequisitionId {
        Objects.requireNonNull(value, "PartsRequisitionId");
        UUID.fromString(value);
    }

    public static PartsRequisitionId random() {
        return new PartsRequisitionId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
