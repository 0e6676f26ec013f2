package com.aftersales.api.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * T14: the ticket's clocks were put on hold. {@code timeLeft} holds each clock that was still
 * running and not yet due, with the time it had left: in business hours when the ticket's terms
 * count in business hours (T13), otherwise round the clock. A clock already past due is not
 * paused: its breach stands.
 */
@Revision("1")
public record SlaPausedEvent(
        TicketId ticketId, SlaPauseReason reason, String note, Instant pausedAt, Map<SlaClock, Duration> timeLeft) {}
