package com.aftersales.api.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * W1: the date {@code days} working days after {@code from} ({@code from} itself not counted).
 * Answered with a {@link WorkingDaysView}.
 */
public record AddWorkingDaysQuery(CalendarId calendarId, LocalDate from, int days) {
    public AddWorkingDaysQuery {
        Objects.requireNonNull(calendarId, "calendarId");
        Objects.requireNonNull(from, "from");
    }
}
