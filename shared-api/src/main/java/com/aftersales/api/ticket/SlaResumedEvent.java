package com.aftersales.api.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * T14: the paused clocks run again. {@code dueAt} is each clock's moved due time: the resume time
 * plus the time it had left, counted in business hours when the ticket's terms say so, with the
 * calendar version used ({@code calendarVersion}, null when counted round the clock).
 */
@Revision("1")
public record SlaResumedEvent(
        TicketId ticketId,
        String note,
        Instant resumedAt,
        Duration pausedFor,
        Map<SlaClock, Instant> dueAt,
        Integer calendarVersion) {}
