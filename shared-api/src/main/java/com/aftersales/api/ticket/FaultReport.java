package com.aftersales.api.ticket;

import java.time.LocalDate;
import java.util.Objects;

/** T2: the fault as the customer describes it: what, since when, in what use. */
public record FaultReport(String description, LocalDate occurredOn, String usageContext) {
    public FaultReport {
        Objects.requireNonNull(description, "fault description");
    }
}
