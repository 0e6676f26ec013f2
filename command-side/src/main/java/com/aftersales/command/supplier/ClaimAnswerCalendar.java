package com.aftersales.command.supplier;

import java.time.Instant;

/** R3: when the supplier's answer to a claim sent at {@code sentAt} is due, {@code workingDays} later. */
@FunctionalInterface
public interface ClaimAnswerCalendar {
    ClaimAnswerDue answerDue(Instant sentAt, int workingDays);
}
