package com.aftersales.api.ticket;

import java.time.LocalDate;
import java.util.Objects;

/**
 * T2: the unit the request is about. {@code unitClass} is the class a T10 loaner must match. When
 * the clerk names none it is the model, since a unit of the same model is always of the same
 * class; registrations recorded before the class existed read the same way (revision 2 of {@link
 * ServiceTicketRegisteredEvent}).
 */
public record ProductUnit(
        String model, String serialNumber, ProductKind kind, LocalDate purchaseDate, String unitClass) {
    public ProductUnit {
        Objects.requireNonNull(model, "product model");
        Objects.requireNonNull(serialNumber, "serial number");
        Objects.requireNonNull(kind, "product kind");
        Objects.requireNonNull(purchaseDate, "purchase date");
        if (unitClass == null || unitClass.isBlank()) {
            unitClass = model;
        }
    }

    /** A unit whose loaner class is its model. */
    public ProductUnit(String model, String serialNumber, ProductKind kind, LocalDate purchaseDate) {
        this(model, serialNumber, kind, purchaseDate, null);
    }
}
