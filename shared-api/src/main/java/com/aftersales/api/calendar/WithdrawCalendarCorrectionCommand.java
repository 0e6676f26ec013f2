package com.aftersales.api.calendar;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** W1: the administrator withdraws the correction of {@code day}; the official calendar holds again. */
public record WithdrawCalendarCorrectionCommand(
        @TargetAggregateIdentifier CalendarId calendarId, LocalDate day, String reason) {
    public WithdrawCalendarCorrectionCommand {
        Objects.requireNonNull(calendarId, "calendarId");
        Objects.requireNonNull(day, "day");
    }
}
