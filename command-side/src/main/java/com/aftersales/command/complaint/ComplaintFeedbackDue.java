package com.aftersales.command.complaint;

import java.time.Instant;
import java.time.LocalDate;

/**
 * C4: the day by which a complaint's customer hears back, the instant it is overdue (the start of
 * the next day in the company zone), the working days counted, and the versions of the policy and
 * of the calendar that counted them.
 */
public record ComplaintFeedbackDue(
        LocalDate dueBy, Instant overdueFrom, int workingDays, int policyVersion, int calendarVersion) {}
