package com.aftersales.api.serial;

import java.time.LocalDate;
import java.util.List;

/**
 * A registered unit as the registry holds it now. {@code version} is its registry version (the
 * sequence number of its last event), the {@code expectedVersion} of a correction; {@code
 * completedRepairs} oldest first.
 */
public record SerialView(
        String serialNumber,
        String model,
        LocalDate soldOn,
        LocalDate activatedOn,
        LocalDate deliveredOn,
        String customerId,
        long version,
        List<CompletedRepairView> completedRepairs) {

    public SerialView {
        completedRepairs = List.copyOf(completedRepairs);
    }
}
