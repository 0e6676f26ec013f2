package com.aftersales.api.calendar;

import java.time.LocalTime;
import java.util.List;

/**
 * W1, W2: a calendar's year as it stands: its version (0 while never changed), whether the official
 * calendar covers the year (if not, only weekends and corrections count), its business hours and
 * every day of the year that is not ordinary, by date.
 */
public record CalendarYearView(
        String calendarId,
        int year,
        int version,
        boolean officiallyCovered,
        LocalTime opens,
        LocalTime closes,
        List<CalendarDayView> days) {}
