package com.aftersales.command.supplier;

import com.aftersales.api.calendar.CalendarId;
import com.aftersales.command.calendar.Calendars;
import com.aftersales.command.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;

/**
 * R3: the supplier's answer is due {@code workingDays} working days of the company calendar (W1)
 * after the day the claim was sent, counted in the calendar's zone as it stands when it is sent;
 * it is overdue from the start of the following day.
 */
public final class CompanyClaimAnswerCalendar implements ClaimAnswerCalendar {
    private final Calendars calendars;

    public CompanyClaimAnswerCalendar(Calendars calendars) {
        this.calendars = calendars;
    }

    @Override
    public ClaimAnswerDue answerDue(Instant sentAt, int workingDays) {
        WorkingCalendar calendar = calendars.current(CalendarId.COMPANY);
        LocalDate sentOn = LocalDate.ofInstant(sentAt, calendar.zone());
        LocalDate dueBy = calendar.addWorkingDays(sentOn, workingDays);
        return new ClaimAnswerDue(
                dueBy, dueBy.plusDays(1).atStartOfDay(calendar.zone()).toInstant(), calendar.version());
    }
}
