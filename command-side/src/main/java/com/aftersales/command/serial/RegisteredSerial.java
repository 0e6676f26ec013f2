package com.aftersales.command.serial;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A serial number's registry facts (R2): model, sale, activation (warranty card) and delivery dates,
 * the registry's version (its aggregate sequence number, so a decision can name the facts it used),
 * and its completed repairs, oldest first (each with the warranty extension it earned).
 */
public record RegisteredSerial(
        String serialNumber,
        String model,
        LocalDate soldOn,
        LocalDate activatedOn,
        LocalDate deliveredOn,
        long registryVersion,
        List<CompletedRepair> completedRepairs) {

    public RegisteredSerial {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(model, "model");
        completedRepairs = List.copyOf(completedRepairs);
    }

    /** R2: warranty runs from the activation date, or without a warranty card from the delivery date; null if neither is known. */
    public LocalDate warrantyStartsOn() {
        return activatedOn != null ? activatedOn : deliveredOn;
    }

    /**
     * R2: the last day of warranty, the later of the term's end and the latest extension; null when
     * the start is unknown and no repair extended it.
     */
    public LocalDate warrantyEndsOn(int warrantyMonths) {
        LocalDate start = warrantyStartsOn();
        LocalDate end = start == null ? null : start.plusMonths(warrantyMonths).minusDays(1);
        for (CompletedRepair repair : completedRepairs) {
            LocalDate extendedUntil = repair.warrantyExtendedUntil();
            if (extendedUntil != null && (end == null || extendedUntil.isAfter(end))) {
                end = extendedUntil;
            }
        }
        return end;
    }

    /** R2: in warranty on {@code date} (a company-zone date). */
    public boolean inWarrantyOn(LocalDate date, int warrantyMonths) {
        LocalDate end = warrantyEndsOn(warrantyMonths);
        LocalDate start = warrantyStartsOn();
        return end != null && !date.isAfter(end) && (start == null || !date.isBefore(start));
    }
}
