package com.aftersales.api.lineage;

import java.util.Objects;

/** The lineage of {@code serialNumber}. Answered with a {@link SerialLineageView}. */
public record FindSerialLineageQuery(String serialNumber) {
    public FindSerialLineageQuery {
        Objects.requireNonNull(serialNumber, "serialNumber");
    }
}
