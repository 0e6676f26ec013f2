package com.aftersales.api.calendar;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * W1: the administrator makes {@code day} a day of {@code kind} in this calendar, whatever the
 * official calendar says (a company holiday on a weekday, a working Saturday), with a reason.
 */
public record CorrectCalendarDayCommand(
        @TargetAggregateIdentifier CalendarId calendarId, LocalDate day, DayKind kind, String reason) {
    public CorrectCalendarDayCommand {
        Objects.requireNonNull(calendarId, "calendarId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
    }
}
