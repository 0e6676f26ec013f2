package com.aftersales.command.ticket;

import com.aftersales.api.calendar.CalendarId;
import com.aftersales.command.calendar.Calendars;
import com.aftersales.command.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;

/**
 * T13, T14: the company calendar's business hours on its working days as the ticket's clocks count
 * them, at the calendar version committed when the clock is set.
 */
public final class CompanyCalendarHours implements SlaCalendar {
    private final Calendars calendars;

    public CompanyCalendarHours(Calendars calendars) {
        this.calendars = calendars;
    }

    @Override
    public SlaTime businessHours() {
        WorkingCalendar calendar = calendars.current(CalendarId.COMPANY);
        return new SlaTime() {
            @Override
            public Instant plus(Instant start, Duration amount) {
                return calendar.addBusinessHours(start, amount);
            }

            @Override
            public Duration between(Instant from, Instant to) {
                return calendar.businessTimeBetween(from, to);
            }

            @Override
            public Integer calendarVersion() {
                return calendar.version();
            }
        };
    }
}
