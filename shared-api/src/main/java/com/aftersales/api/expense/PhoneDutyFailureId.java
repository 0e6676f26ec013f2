package com.aftersales.api.expense;

import java.util.Objects;
import java.util.UUID;

/** Identity of one recorded failure to answer the phone on duty (X7), a UUID. */
public record PhoneDutyFailureId(String value) {
    public PhoneDutyFailureId {
        Objects.requireNonNull(value, "PhoneDutyFailureId");
        UUID.fromString(value);
    }

    public static PhoneDutyFailureId random() {
        return new PhoneDutyFailureId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
