package com.aftersales.api.calendar;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * W1: {@code day} is a day of {@code kind} in this calendar from now on, whatever the official
 * calendar says. {@code version} is the calendar's version after this change (1 for its first).
 */
@Revision("1")
public record CalendarDayCorrectedEvent(
        CalendarId calendarId, int version, LocalDate day, DayKind kind, String reason) {}
