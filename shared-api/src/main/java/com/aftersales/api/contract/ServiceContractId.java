package com.aftersales.api.contract;

import java.util.Objects;
import java.util.UUID;

/** Identity of a service contract aggregate (a UUID); the human-facing one is its contract number. */
public record ServiceContractId(String value) {
    public ServiceContractId {
        Objects.requireNonNull(value, "service contract id");
        UUID.fromString(value);
    }

    public static ServiceContractId random() {
        return new ServiceContractId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
