package com.aftersales.command.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

/**
 * T11's dates: a key customer is visited within six months of delivery, then within six months of
 * the latest visit ("twice a year" read as: never more than six months without a visit). A due-by
 * date is a day in the company zone; the visit is overdue from the start of the next day there.
 */
public record VisitPolicy(ZoneId companyZone) {
    public static final Period VISIT_INTERVAL = Period.ofMonths(6);

    public VisitPolicy {
        Objects.requireNonNull(companyZone, "companyZone");
    }

    public LocalDate firstVisitDueBy(LocalDate deliveredOn) {
        return deliveredOn.plus(VISIT_INTERVAL);
    }

    public LocalDate nextVisitDueBy(LocalDate latestVisitOn) {
        return latestVisitOn.plus(VISIT_INTERVAL);
    }

    /** The instant a visit due by {@code dueBy} becomes overdue: the start of the following day. */
    public Instant overdueFrom(LocalDate dueBy) {
        return dueBy.plusDays(1).atStartOfDay(companyZone).toInstant();
    }
}
