package com.aftersales.api.calendar;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** W1: the correction of {@code day} is withdrawn; the official calendar holds for it again. */
@Revision("1")
public record CalendarCorrectionWithdrawnEvent(CalendarId calendarId, int version, LocalDate day, String reason) {}
