package com.aftersales.api.common;

import java.util.Objects;
import java.util.UUID;

/**
 * A customer. Events carry only this id: the customer's name and contact details live in the
 * personal-data store, so they can be erased (PIPL) without touching the event stream.
 */
public record CustomerId(String value) {
    public CustomerId {
        Objects.requireNonNull(value, "customer id");
        UUID.fromString(value);
    }

    public static CustomerId random() {
        return new CustomerId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
