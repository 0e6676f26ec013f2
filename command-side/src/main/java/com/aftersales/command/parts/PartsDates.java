package com.aftersales.command.parts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** The company-zone date of now, for a stocktaking count and a write-off's material-cost month (R11, R15). */
public record PartsDates(Clock clock, ZoneId companyZone) {
    public PartsDates {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(companyZone, "companyZone");
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), companyZone);
    }
}
