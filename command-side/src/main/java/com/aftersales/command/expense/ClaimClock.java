package com.aftersales.command.expense;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The application's clock as the claim and the advance read it: when a version is screened (X5),
 * and which day it is in the company's zone, since an advance is requested before its trip (X9).
 */
public record ClaimClock(Clock clock, ZoneId companyZone) {
    public ClaimClock {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(companyZone, "companyZone");
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), companyZone);
    }
}
