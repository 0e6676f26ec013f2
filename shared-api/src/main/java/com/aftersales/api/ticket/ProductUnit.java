package com.aftersales.api.ticket;

import java.time.LocalDate;
import java.util.Objects;

/** T2: the unit the request is about. */
public record ProductUnit(String model, String serialNumber, ProductKind kind, LocalDate purchaseDate) {
    public ProductUnit {
        Objects.requireNonNull(model, "product model");
        Objects.requireNonNull(serialNumber, "serial number");
        Objects.requireNonNull(kind, "product kind");
        Objects.requireNonNull(purchaseDate, "purchase date");
    }
}
