package com.aftersales.command.complaint;

import com.aftersales.api.calendar.CalendarId;
import com.aftersales.command.calendar.Calendars;
import com.aftersales.command.calendar.WorkingCalendar;
import com.aftersales.command.policy.CurrentPolicy;
import com.aftersales.command.policy.PolicyVersions;
import java.time.Instant;
import java.time.LocalDate;

/**
 * C4 with W1: the feedback is due {@code ComplaintSettings.feedbackWorkingDays} (policy version in
 * force) working days of the company calendar (weekends, public holidays and adjusted working days
 * 调休, with the administrator's corrections) after the day of registration in the calendar's zone;
 * it is overdue from the start of the following day.
 */
public final class CompanyComplaintFeedbackCalendar implements ComplaintFeedbackCalendar {
    private final Calendars calendars;
    private final PolicyVersions policies;

    public CompanyComplaintFeedbackCalendar(Calendars calendars, PolicyVersions policies) {
        this.calendars = calendars;
        this.policies = policies;
    }

    @Override
    public ComplaintFeedbackDue feedbackDue(Instant registeredAt) {
        CurrentPolicy policy = policies.current();
        int workingDays = policy.settings().complaint().feedbackWorkingDays();
        WorkingCalendar calendar = calendars.current(CalendarId.COMPANY);
        LocalDate registeredOn = LocalDate.ofInstant(registeredAt, calendar.zone());
        LocalDate dueBy = calendar.addWorkingDays(registeredOn, workingDays);
        return new ComplaintFeedbackDue(
                dueBy,
                dueBy.plusDays(1).atStartOfDay(calendar.zone()).toInstant(),
                workingDays,
                policy.version(),
                calendar.version());
    }
}
