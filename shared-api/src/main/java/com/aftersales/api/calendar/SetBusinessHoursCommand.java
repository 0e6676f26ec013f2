package com.aftersales.api.calendar;

import java.time.LocalTime;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** W2: the hours a working day of this calendar is open, from {@code opens} until {@code closes}. */
public record SetBusinessHoursCommand(
        @TargetAggregateIdentifier CalendarId calendarId, LocalTime opens, LocalTime closes, String reason) {
    public SetBusinessHoursCommand {
        Objects.requireNonNull(calendarId, "calendarId");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
    }
}
