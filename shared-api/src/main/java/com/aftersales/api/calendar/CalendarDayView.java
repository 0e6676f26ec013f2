package com.aftersales.api.calendar;

import java.time.LocalDate;

/**
 * One day that is not ordinary (W1): a public holiday, an adjusted working day (调休) or a
 * correction. {@code note} is the holiday's name for an official day, the reason for a correction.
 */
public record CalendarDayView(LocalDate day, DayKind kind, DaySource source, String note) {}
