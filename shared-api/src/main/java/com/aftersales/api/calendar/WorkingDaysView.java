package com.aftersales.api.calendar;

import java.time.LocalDate;

/**
 * W1: {@code due} is {@code days} working days after {@code from}, counted in the calendar at
 * {@code version}; {@code officiallyCovered} is false when the count ran into a year the official
 * calendar does not cover (there only weekends and corrections counted).
 */
public record WorkingDaysView(
        String calendarId, int version, LocalDate from, int days, LocalDate due, boolean officiallyCovered) {}
