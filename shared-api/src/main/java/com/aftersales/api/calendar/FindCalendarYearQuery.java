package com.aftersales.api.calendar;

import java.util.Objects;

/** W1: the non-ordinary days of {@code year} in a calendar. Answered with a {@link CalendarYearView}. */
public record FindCalendarYearQuery(CalendarId calendarId, int year) {
    public FindCalendarYearQuery {
        Objects.requireNonNull(calendarId, "calendarId");
    }
}
