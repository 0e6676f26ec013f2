package com.aftersales.api.serial;

import java.time.LocalDate;
import java.util.Objects;

/**
 * R2: a unit's warranty as it stood on {@code asOf} (a company-zone date), by the current policy's
 * term; only repairs completed on or before {@code asOf} extend it. Answered with an optional {@link
 * WarrantyStatusView} (empty for a serial number not registered).
 */
public record FindWarrantyStatusQuery(String serialNumber, LocalDate asOf) {
    public FindWarrantyStatusQuery {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(asOf, "asOf");
    }
}
