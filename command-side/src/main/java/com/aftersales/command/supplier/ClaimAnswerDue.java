package com.aftersales.command.supplier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * R3: the day by which a supplier's answer is due, the instant it is overdue (the start of the next
 * day in the company zone) and the version of the calendar that counted the working days.
 */
public record ClaimAnswerDue(LocalDate dueBy, Instant overdueFrom, int calendarVersion) {}
