package com.aftersales.api.calendar;

import java.time.LocalTime;
import org.axonframework.serialization.Revision;

/**
 * W2: a working day of this calendar is open from {@code opens} (inclusive) until {@code closes}
 * (exclusive), in the company's zone. {@code version} is the calendar's version after this change.
 */
@Revision("1")
public record BusinessHoursSetEvent(
        CalendarId calendarId, int version, LocalTime opens, LocalTime closes, String reason) {}
