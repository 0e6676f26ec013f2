package com.aftersales.command.ticket;

import java.time.Duration;
import java.time.Instant;

/**
 * How a ticket's SLA time is counted (T13, T14): round the clock, or only in the company calendar's
 * business hours when the ticket's contract says so.
 */
public interface SlaTime {

    /** The instant {@code amount} of SLA time after {@code start}. */
    Instant plus(Instant start, Duration amount);

    /** The SLA time from {@code from} to {@code to}; zero when {@code to} is not after {@code from}. */
    Duration between(Instant from, Instant to);

    /** The calendar version this counts with, recorded with the due times; null round the clock. */
    Integer calendarVersion();

    SlaTime ROUND_THE_CLOCK = new SlaTime() {
        @Override
        public Instant plus(Instant start, Duration amount) {
            return start.plus(amount);
        }

        @Override
        public Duration between(Instant from, Instant to) {
            return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
        }

        @Override
        public Integer calendarVersion() {
            return null;
        }
    };
}
