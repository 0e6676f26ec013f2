package com.aftersales.command.calendar;

import com.aftersales.api.calendar.CalendarId;

/**
 * W1, W2: a working-day calendar as it stands now, for the command side to count deadlines in:
 * the official days, every committed correction, the business hours and the version. A calendar
 * never changed answers the official calendar at version 0 with {@link BusinessHours#DEFAULT}.
 * A committed change is visible to the next command.
 */
@FunctionalInterface
public interface Calendars {
    WorkingCalendar current(CalendarId id);
}
